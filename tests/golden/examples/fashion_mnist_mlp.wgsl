// FashionMLP.train: 58 kernels for a hardware adapter, dispatched in this order into one command buffer
//   %0 = reshape(%image); one invocation per element of f32[N,784]
//   %1 = matmul(%0, %linear1.weight); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[N,512]
//   %2 = add(%1, %linear1.bias); one invocation per element of f32[N,512]
//   %3 = relu(%2); one invocation per element of f32[N,512]
//   %4 = matmul(%3, %linear2.weight); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[N,512]
//   %5 = add(%4, %linear2.bias); one invocation per element of f32[N,512]
//   %6 = relu(%5); one invocation per element of f32[N,512]
//   %7 = matmul(%6, %linear3.weight); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[N,10]
//   %8 = add(%7, %linear3.bias); one invocation per element of f32[N,10]
//   %9 = reduce_max(%8); a workgroup of 64 per element of f32[N,1]
//   %10 = stop_gradient(%9); one invocation per element of f32[N,1]
//   %11 = sub(%8, %10); one invocation per element of f32[N,10]
//   %12 = exp(%11); one invocation per element of f32[N,10]
//   %13 = reduce_sum(%12); a workgroup of 64 per element of f32[N,1]
//   %14 = log(%13); one invocation per element of f32[N,1]
//   %15 = one_hot(%label); one invocation per element of f32[N,10]
//   %16 = reshape(%14); one invocation per element of f32[N]
//   %17 = mul(%11, %15); one invocation per element of f32[N,10]
//   %18 = reduce_sum(%17); a workgroup of 64 per element of f32[N]
//   %19 = sub(%16, %18); one invocation per element of f32[N]
//   %20 = reduce_sum(%19); a workgroup of 64 per element of f32[]
//   %21 = batch_size(); one invocation per element of f32[]
//   %22 = div(%20, %21); one invocation per element of f32[]
//   %23 = argmax(%8); a workgroup of 64 per row of i32[N]
//   %24 = cast(%23); one invocation per element of f32[N]
//   %25 = cast(%label); one invocation per element of f32[N]
//   %26 = equal(%24, %25); one invocation per element of f32[N]
//   %27 = reduce_sum(%26); a workgroup of 64 per element of f32[]
//   %28 = constant(); one invocation per element of f32[]
//   %29 = div(%28, %21); one invocation per element of f32[]
//   %30 = reshape(%29); one invocation per element of f32[1]
//   %31 = broadcast(%30); one invocation per element of f32[N]
//   %32 = neg(%31); one invocation per element of f32[N]
//   %33 = reshape(%32); one invocation per element of f32[N,1]
//   %34 = broadcast(%33); one invocation per element of f32[N,10]
//   %36 = reshape(%31); one invocation per element of f32[N,1]
//   %37 = div(%36, %13); one invocation per element of f32[N,1]
//   %38 = broadcast(%37); one invocation per element of f32[N,10]
//   %40 = mul → mul → add(%34, %15, %38, %12); one invocation per element of f32[N,10]
//   %41 = reduce_sum(%40); a workgroup of 64 per element of f32[1,10]
//   %42 = reshape(%41); one invocation per element of f32[10]
//   %43 = matmul(%40, %linear3.weight); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[N,512]
//   %44 = matmul(%40, %6); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[10,512]
//   %46 = step → mul(%5, %43); one invocation per element of f32[N,512]
//   %47 = reduce_sum(%46); a workgroup of 64 per element of f32[1,512]
//   %48 = reshape(%47); one invocation per element of f32[512]
//   %49 = matmul(%46, %linear2.weight); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[N,512]
//   %50 = matmul(%46, %3); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[512,512]
//   %52 = step → mul(%2, %49); one invocation per element of f32[N,512]
//   %53 = reduce_sum(%52); a workgroup of 64 per element of f32[1,512]
//   %54 = reshape(%53); one invocation per element of f32[512]
//   %55 = matmul(%52, %0); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[512,784]
//   %57 = mul → sub(%lr, %55, %linear1.weight); one invocation per element of f32[512,784]
//   %59 = mul → sub(%lr, %54, %linear1.bias); one invocation per element of f32[512]
//   %61 = mul → sub(%lr, %50, %linear2.weight); one invocation per element of f32[512,512]
//   %63 = mul → sub(%lr, %48, %linear2.bias); one invocation per element of f32[512]
//   %65 = mul → sub(%lr, %44, %linear3.weight); one invocation per element of f32[10,512]
//   %67 = mul → sub(%lr, %42, %linear3.bias); one invocation per element of f32[10]

// ---- k0_reshape: %0 = reshape(%image)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 784u) { return; }
  out[i] = in0[i];
}

// ---- k1_matmul: %1 = matmul(%0, %linear1.weight)
// matmul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;
var<workgroup> tileA: array<f32, 512>;
var<workgroup> tileB: array<f32, 512>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  let rows = (params.n * 512u) / 512u;
  let inner = 784u;
  let group = i / 64u;
  let lane = i % 64u;
  let tr = (group / 16u) * 32u;
  let tc = (group % 16u) * 32u;
  let r0 = tr + (lane / 8u) * 4u;
  let c0 = tc + (lane % 8u) * 4u;
  var acc0 = vec4f(0.0);
  var acc1 = vec4f(0.0);
  var acc2 = vec4f(0.0);
  var acc3 = vec4f(0.0);
  for (var p0 = 0u; p0 < inner; p0 += 16u) {
    for (var e = lane; e < 512u; e += 64u) {
      let ar = tr + e / 16u;
      let ap = p0 + e % 16u;
      tileA[(e % 16u) * 32u + e / 16u] = select(0.0, in0[(min(ar, rows - 1u)) * 784u + min(ap, inner - 1u)], ar < rows && ap < inner);
      let bp = p0 + e % 16u;
      let bc = tc + e / 16u;
      tileB[(e % 16u) * 32u + e / 16u] = select(0.0, in1[(min(bc, 511u)) * 784u + min(bp, inner - 1u)], bp < inner && bc < 512u);
    }
    workgroupBarrier();
    for (var p = 0u; p < 16u; p++) {
      let bv = vec4f(tileB[p * 32u + (lane % 8u) * 4u + 0u], tileB[p * 32u + (lane % 8u) * 4u + 1u], tileB[p * 32u + (lane % 8u) * 4u + 2u], tileB[p * 32u + (lane % 8u) * 4u + 3u]);
      acc0 += tileA[p * 32u + (lane / 8u) * 4u + 0u] * bv;
      acc1 += tileA[p * 32u + (lane / 8u) * 4u + 1u] * bv;
      acc2 += tileA[p * 32u + (lane / 8u) * 4u + 2u] * bv;
      acc3 += tileA[p * 32u + (lane / 8u) * 4u + 3u] * bv;
    }
    workgroupBarrier();
  }
  if (r0 + 0u < rows && c0 + 0u < 512u) { out[(r0 + 0u) * 512u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 512u) { out[(r0 + 0u) * 512u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 512u) { out[(r0 + 0u) * 512u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 512u) { out[(r0 + 0u) * 512u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 512u) { out[(r0 + 1u) * 512u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 512u) { out[(r0 + 1u) * 512u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 512u) { out[(r0 + 1u) * 512u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 512u) { out[(r0 + 1u) * 512u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 512u) { out[(r0 + 2u) * 512u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 512u) { out[(r0 + 2u) * 512u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 512u) { out[(r0 + 2u) * 512u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 512u) { out[(r0 + 2u) * 512u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 512u) { out[(r0 + 3u) * 512u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 512u) { out[(r0 + 3u) * 512u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 512u) { out[(r0 + 3u) * 512u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 512u) { out[(r0 + 3u) * 512u + c0 + 3u] = acc3[3]; }
}

// ---- k2_add: %2 = add(%1, %linear1.bias)
// add
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 512u) { return; }
  var o_rest = i;
  let o1 = o_rest % 512u;
  o_rest = o_rest / 512u;
  let o0 = o_rest % params.n;
  o_rest = o_rest / params.n;
  let l0 = in0[i];
  let l1 = in1[o1 * 1u];
  out[i] = (l0 + l1);
}

// ---- k3_relu: %3 = relu(%2)
// relu
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 512u) { return; }
  let l0 = in0[i];
  out[i] = max(l0, 0.0);
}

// ---- k4_matmul: %4 = matmul(%3, %linear2.weight)
// matmul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;
var<workgroup> tileA: array<f32, 512>;
var<workgroup> tileB: array<f32, 512>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  let rows = (params.n * 512u) / 512u;
  let inner = 512u;
  let group = i / 64u;
  let lane = i % 64u;
  let tr = (group / 16u) * 32u;
  let tc = (group % 16u) * 32u;
  let r0 = tr + (lane / 8u) * 4u;
  let c0 = tc + (lane % 8u) * 4u;
  var acc0 = vec4f(0.0);
  var acc1 = vec4f(0.0);
  var acc2 = vec4f(0.0);
  var acc3 = vec4f(0.0);
  for (var p0 = 0u; p0 < inner; p0 += 16u) {
    for (var e = lane; e < 512u; e += 64u) {
      let ar = tr + e / 16u;
      let ap = p0 + e % 16u;
      tileA[(e % 16u) * 32u + e / 16u] = select(0.0, in0[(min(ar, rows - 1u)) * 512u + min(ap, inner - 1u)], ar < rows && ap < inner);
      let bp = p0 + e % 16u;
      let bc = tc + e / 16u;
      tileB[(e % 16u) * 32u + e / 16u] = select(0.0, in1[(min(bc, 511u)) * 512u + min(bp, inner - 1u)], bp < inner && bc < 512u);
    }
    workgroupBarrier();
    for (var p = 0u; p < 16u; p++) {
      let bv = vec4f(tileB[p * 32u + (lane % 8u) * 4u + 0u], tileB[p * 32u + (lane % 8u) * 4u + 1u], tileB[p * 32u + (lane % 8u) * 4u + 2u], tileB[p * 32u + (lane % 8u) * 4u + 3u]);
      acc0 += tileA[p * 32u + (lane / 8u) * 4u + 0u] * bv;
      acc1 += tileA[p * 32u + (lane / 8u) * 4u + 1u] * bv;
      acc2 += tileA[p * 32u + (lane / 8u) * 4u + 2u] * bv;
      acc3 += tileA[p * 32u + (lane / 8u) * 4u + 3u] * bv;
    }
    workgroupBarrier();
  }
  if (r0 + 0u < rows && c0 + 0u < 512u) { out[(r0 + 0u) * 512u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 512u) { out[(r0 + 0u) * 512u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 512u) { out[(r0 + 0u) * 512u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 512u) { out[(r0 + 0u) * 512u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 512u) { out[(r0 + 1u) * 512u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 512u) { out[(r0 + 1u) * 512u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 512u) { out[(r0 + 1u) * 512u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 512u) { out[(r0 + 1u) * 512u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 512u) { out[(r0 + 2u) * 512u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 512u) { out[(r0 + 2u) * 512u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 512u) { out[(r0 + 2u) * 512u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 512u) { out[(r0 + 2u) * 512u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 512u) { out[(r0 + 3u) * 512u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 512u) { out[(r0 + 3u) * 512u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 512u) { out[(r0 + 3u) * 512u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 512u) { out[(r0 + 3u) * 512u + c0 + 3u] = acc3[3]; }
}

// ---- k5_add: %5 = add(%4, %linear2.bias)
// add
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 512u) { return; }
  var o_rest = i;
  let o1 = o_rest % 512u;
  o_rest = o_rest / 512u;
  let o0 = o_rest % params.n;
  o_rest = o_rest / params.n;
  let l0 = in0[i];
  let l1 = in1[o1 * 1u];
  out[i] = (l0 + l1);
}

// ---- k6_relu: %6 = relu(%5)
// relu
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 512u) { return; }
  let l0 = in0[i];
  out[i] = max(l0, 0.0);
}

// ---- k7_matmul: %7 = matmul(%6, %linear3.weight)
// matmul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;
var<workgroup> tileA: array<f32, 512>;
var<workgroup> tileB: array<f32, 512>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  let rows = (params.n * 10u) / 10u;
  let inner = 512u;
  let group = i / 64u;
  let lane = i % 64u;
  let tr = (group / 1u) * 32u;
  let tc = (group % 1u) * 32u;
  let r0 = tr + (lane / 8u) * 4u;
  let c0 = tc + (lane % 8u) * 4u;
  var acc0 = vec4f(0.0);
  var acc1 = vec4f(0.0);
  var acc2 = vec4f(0.0);
  var acc3 = vec4f(0.0);
  for (var p0 = 0u; p0 < inner; p0 += 16u) {
    for (var e = lane; e < 512u; e += 64u) {
      let ar = tr + e / 16u;
      let ap = p0 + e % 16u;
      tileA[(e % 16u) * 32u + e / 16u] = select(0.0, in0[(min(ar, rows - 1u)) * 512u + min(ap, inner - 1u)], ar < rows && ap < inner);
      let bp = p0 + e % 16u;
      let bc = tc + e / 16u;
      tileB[(e % 16u) * 32u + e / 16u] = select(0.0, in1[(min(bc, 9u)) * 512u + min(bp, inner - 1u)], bp < inner && bc < 10u);
    }
    workgroupBarrier();
    for (var p = 0u; p < 16u; p++) {
      let bv = vec4f(tileB[p * 32u + (lane % 8u) * 4u + 0u], tileB[p * 32u + (lane % 8u) * 4u + 1u], tileB[p * 32u + (lane % 8u) * 4u + 2u], tileB[p * 32u + (lane % 8u) * 4u + 3u]);
      acc0 += tileA[p * 32u + (lane / 8u) * 4u + 0u] * bv;
      acc1 += tileA[p * 32u + (lane / 8u) * 4u + 1u] * bv;
      acc2 += tileA[p * 32u + (lane / 8u) * 4u + 2u] * bv;
      acc3 += tileA[p * 32u + (lane / 8u) * 4u + 3u] * bv;
    }
    workgroupBarrier();
  }
  if (r0 + 0u < rows && c0 + 0u < 10u) { out[(r0 + 0u) * 10u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 10u) { out[(r0 + 0u) * 10u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 10u) { out[(r0 + 0u) * 10u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 10u) { out[(r0 + 0u) * 10u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 10u) { out[(r0 + 1u) * 10u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 10u) { out[(r0 + 1u) * 10u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 10u) { out[(r0 + 1u) * 10u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 10u) { out[(r0 + 1u) * 10u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 10u) { out[(r0 + 2u) * 10u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 10u) { out[(r0 + 2u) * 10u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 10u) { out[(r0 + 2u) * 10u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 10u) { out[(r0 + 2u) * 10u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 10u) { out[(r0 + 3u) * 10u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 10u) { out[(r0 + 3u) * 10u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 10u) { out[(r0 + 3u) * 10u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 10u) { out[(r0 + 3u) * 10u + c0 + 3u] = acc3[3]; }
}

// ---- k8_add: %8 = add(%7, %linear3.bias)
// add
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 10u) { return; }
  var o_rest = i;
  let o1 = o_rest % 10u;
  o_rest = o_rest / 10u;
  let o0 = o_rest % params.n;
  o_rest = o_rest / params.n;
  let l0 = in0[i];
  let l1 = in1[o1 * 1u];
  out[i] = (l0 + l1);
}

// ---- k9_reduce_max: %9 = reduce_max(%8)
// reduce_max
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;
var<workgroup> part: array<f32, 64>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  let o = i / 64u;
  let lane = i % 64u;
  let live = o < params.n * 1u;
  var o_rest = min(o, params.n * 1u - 1u);
  let o1 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let o0 = o_rest % params.n;
  o_rest = o_rest / params.n;
  let base = o0 * 10u;
  var acc = bitcast<f32>(0xff7fffffu);
  if (live) {
    for (var e = lane; e < 10u; e += 64u) {
      var rest = e;
      let r1 = rest % 10u;
      rest = rest / 10u;
      let v = in0[base + r1 * 1u];
      acc = select(acc, v, v > acc || v != v);
    }
  }
  part[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s = s >> 1u) {
    if (lane < s) { part[lane] = select(part[lane], part[lane + s], part[lane + s] > part[lane] || part[lane + s] != part[lane + s]); }
    workgroupBarrier();
  }
  if (live && lane == 0u) { out[o] = part[0]; }
}

// ---- k10_stop_gradient: %10 = stop_gradient(%9)
// stop_gradient
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 1u) { return; }
  let l0 = in0[i];
  out[i] = l0;
}

// ---- k11_sub: %11 = sub(%8, %10)
// sub
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 10u) { return; }
  var o_rest = i;
  let o1 = o_rest % 10u;
  o_rest = o_rest / 10u;
  let o0 = o_rest % params.n;
  o_rest = o_rest / params.n;
  let l0 = in0[i];
  let l1 = in1[o0 * 1u];
  out[i] = (l0 - l1);
}

// ---- k12_exp: %12 = exp(%11)
// exp
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 10u) { return; }
  let l0 = in0[i];
  out[i] = exp(l0);
}

// ---- k13_reduce_sum: %13 = reduce_sum(%12)
// reduce_sum
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;
var<workgroup> part: array<f32, 64>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  let o = i / 64u;
  let lane = i % 64u;
  let live = o < params.n * 1u;
  var o_rest = min(o, params.n * 1u - 1u);
  let o1 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let o0 = o_rest % params.n;
  o_rest = o_rest / params.n;
  let base = o0 * 10u;
  var acc = 0.0;
  if (live) {
    for (var e = lane; e < 10u; e += 64u) {
      var rest = e;
      let r1 = rest % 10u;
      rest = rest / 10u;
      let v = in0[base + r1 * 1u];
      acc = acc + v;
    }
  }
  part[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s = s >> 1u) {
    if (lane < s) { part[lane] = part[lane] + part[lane + s]; }
    workgroupBarrier();
  }
  if (live && lane == 0u) { out[o] = part[0]; }
}

// ---- k14_log: %14 = log(%13)
// log
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 1u) { return; }
  let l0 = in0[i];
  out[i] = log(l0);
}

// ---- k15_one_hot: %15 = one_hot(%label)
// one_hot
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<i32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 10u) { return; }
  out[i] = select(0.0, 1.0, in0[i / 10u] == i32(i % 10u));
}

// ---- k16_reshape: %16 = reshape(%14)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n) { return; }
  out[i] = in0[i];
}

// ---- k17_mul: %17 = mul(%11, %15)
// mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 10u) { return; }
  let l0 = in0[i];
  let l1 = in1[i];
  out[i] = (l0 * l1);
}

// ---- k18_reduce_sum: %18 = reduce_sum(%17)
// reduce_sum
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;
var<workgroup> part: array<f32, 64>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  let o = i / 64u;
  let lane = i % 64u;
  let live = o < params.n;
  var o_rest = min(o, params.n - 1u);
  let o1 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let o0 = o_rest % params.n;
  o_rest = o_rest / params.n;
  let base = o0 * 10u;
  var acc = 0.0;
  if (live) {
    for (var e = lane; e < 10u; e += 64u) {
      var rest = e;
      let r1 = rest % 10u;
      rest = rest / 10u;
      let v = in0[base + r1 * 1u];
      acc = acc + v;
    }
  }
  part[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s = s >> 1u) {
    if (lane < s) { part[lane] = part[lane] + part[lane + s]; }
    workgroupBarrier();
  }
  if (live && lane == 0u) { out[o] = part[0]; }
}

// ---- k19_sub: %19 = sub(%16, %18)
// sub
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n) { return; }
  let l0 = in0[i];
  let l1 = in1[i];
  out[i] = (l0 - l1);
}

// ---- k20_reduce_sum: %20 = reduce_sum(%19)
// reduce_sum
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;
var<workgroup> part: array<f32, 64>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  let o = i / 64u;
  let lane = i % 64u;
  let live = o < 1u;
  var o_rest = min(o, 1u - 1u);
  let o0 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let base = 0u;
  var acc = 0.0;
  if (live) {
    for (var e = lane; e < params.n; e += 64u) {
      var rest = e;
      let r0 = rest % params.n;
      rest = rest / params.n;
      let v = in0[base + r0 * 1u];
      acc = acc + v;
    }
  }
  part[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s = s >> 1u) {
    if (lane < s) { part[lane] = part[lane] + part[lane + s]; }
    workgroupBarrier();
  }
  if (live && lane == 0u) { out[o] = part[0]; }
}

// ---- k21_batch_size: %21 = batch_size()
// batch_size
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 1u) { return; }
  out[i] = f32(params.n);
}

// ---- k22_div: %22 = div(%20, %21)
// div
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 1u) { return; }
  let l0 = in0[i];
  let l1 = in1[i];
  out[i] = (l0 / l1);
}

// ---- k23_argmax: %23 = argmax(%8)
// argmax
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<i32>;
var<workgroup> partV: array<f32, 64>;
var<workgroup> partI: array<i32, 64>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  let o = i / 64u;
  let lane = i % 64u;
  let row = min(o, params.n - 1u) * 10u;
  var bestV = 0.0;
  var best = -1i;
  for (var j = lane; j < 10u; j += 64u) {
    let v = in0[row + j];
    if (best < 0 || v > bestV) { bestV = v; best = i32(j); }
  }
  partV[lane] = bestV;
  partI[lane] = best;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s = s >> 1u) {
    if (lane < s && partI[lane + s] >= 0 && (partI[lane] < 0 || partV[lane + s] > partV[lane] || (partV[lane + s] == partV[lane] && partI[lane + s] < partI[lane]))) {
      partV[lane] = partV[lane + s];
      partI[lane] = partI[lane + s];
    }
    workgroupBarrier();
  }
  if (o < params.n && lane == 0u) { out[o] = max(partI[0], 0i); }
}

// ---- k24_cast: %24 = cast(%23)
// cast
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<i32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n) { return; }
  out[i] = f32(in0[i]);
}

// ---- k25_cast: %25 = cast(%label)
// cast
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<i32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n) { return; }
  out[i] = f32(in0[i]);
}

// ---- k26_equal: %26 = equal(%24, %25)
// equal
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n) { return; }
  let l0 = in0[i];
  let l1 = in1[i];
  out[i] = select(0.0, 1.0, l0 == l1);
}

// ---- k27_reduce_sum: %27 = reduce_sum(%26)
// reduce_sum
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;
var<workgroup> part: array<f32, 64>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  let o = i / 64u;
  let lane = i % 64u;
  let live = o < 1u;
  var o_rest = min(o, 1u - 1u);
  let o0 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let base = 0u;
  var acc = 0.0;
  if (live) {
    for (var e = lane; e < params.n; e += 64u) {
      var rest = e;
      let r0 = rest % params.n;
      rest = rest / params.n;
      let v = in0[base + r0 * 1u];
      acc = acc + v;
    }
  }
  part[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s = s >> 1u) {
    if (lane < s) { part[lane] = part[lane] + part[lane + s]; }
    workgroupBarrier();
  }
  if (live && lane == 0u) { out[o] = part[0]; }
}

// ---- k28_constant: %28 = constant()
// constant
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 1u) { return; }
  out[i] = 1.0;
}

// ---- k29_div: %29 = div(%28, %21)
// div
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 1u) { return; }
  let l0 = in0[i];
  let l1 = in1[i];
  out[i] = (l0 / l1);
}

// ---- k30_reshape: %30 = reshape(%29)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 1u) { return; }
  out[i] = in0[i];
}

// ---- k31_broadcast: %31 = broadcast(%30)
// broadcast
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n) { return; }
  var o_rest = i;
  let o0 = o_rest % params.n;
  o_rest = o_rest / params.n;
  out[i] = in0[0u];
}

// ---- k32_neg: %32 = neg(%31)
// neg
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n) { return; }
  let l0 = in0[i];
  out[i] = (-l0);
}

// ---- k33_reshape: %33 = reshape(%32)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 1u) { return; }
  out[i] = in0[i];
}

// ---- k34_broadcast: %34 = broadcast(%33)
// broadcast
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 10u) { return; }
  var o_rest = i;
  let o1 = o_rest % 10u;
  o_rest = o_rest / 10u;
  let o0 = o_rest % params.n;
  o_rest = o_rest / params.n;
  out[i] = in0[o0 * 1u];
}

// ---- k35_reshape: %36 = reshape(%31)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 1u) { return; }
  out[i] = in0[i];
}

// ---- k36_div: %37 = div(%36, %13)
// div
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 1u) { return; }
  let l0 = in0[i];
  let l1 = in1[i];
  out[i] = (l0 / l1);
}

// ---- k37_broadcast: %38 = broadcast(%37)
// broadcast
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 10u) { return; }
  var o_rest = i;
  let o1 = o_rest % 10u;
  o_rest = o_rest / 10u;
  let o0 = o_rest % params.n;
  o_rest = o_rest / params.n;
  out[i] = in0[o0 * 1u];
}

// ---- k38_fused_mul_mul_add: %40 = add(%34, %15, %38, %12)
// mul → mul → add
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read> in2: array<f32>;
@group(0) @binding(4) var<storage, read> in3: array<f32>;
@group(0) @binding(5) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 10u) { return; }
  let l0 = in0[i];
  let l1 = in1[i];
  let l2 = in2[i];
  let l3 = in3[i];
  let t0 = (l0 * l1);
  let t1 = (l2 * l3);
  out[i] = (t0 + t1);
}

// ---- k39_reduce_sum: %41 = reduce_sum(%40)
// reduce_sum
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;
var<workgroup> part: array<f32, 64>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  let o = i / 64u;
  let lane = i % 64u;
  let live = o < 1u * 10u;
  var o_rest = min(o, 1u * 10u - 1u);
  let o1 = o_rest % 10u;
  o_rest = o_rest / 10u;
  let o0 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let base = o1 * 1u;
  var acc = 0.0;
  if (live) {
    for (var e = lane; e < params.n; e += 64u) {
      var rest = e;
      let r0 = rest % params.n;
      rest = rest / params.n;
      let v = in0[base + r0 * 10u];
      acc = acc + v;
    }
  }
  part[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s = s >> 1u) {
    if (lane < s) { part[lane] = part[lane] + part[lane + s]; }
    workgroupBarrier();
  }
  if (live && lane == 0u) { out[o] = part[0]; }
}

// ---- k40_reshape: %42 = reshape(%41)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 10u) { return; }
  out[i] = in0[i];
}

// ---- k41_matmul: %43 = matmul(%40, %linear3.weight)
// matmul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;
var<workgroup> tileA: array<f32, 512>;
var<workgroup> tileB: array<f32, 512>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  let rows = (params.n * 512u) / 512u;
  let inner = 10u;
  let group = i / 64u;
  let lane = i % 64u;
  let tr = (group / 16u) * 32u;
  let tc = (group % 16u) * 32u;
  let r0 = tr + (lane / 8u) * 4u;
  let c0 = tc + (lane % 8u) * 4u;
  var acc0 = vec4f(0.0);
  var acc1 = vec4f(0.0);
  var acc2 = vec4f(0.0);
  var acc3 = vec4f(0.0);
  for (var p0 = 0u; p0 < inner; p0 += 16u) {
    for (var e = lane; e < 512u; e += 64u) {
      let ar = tr + e / 16u;
      let ap = p0 + e % 16u;
      tileA[(e % 16u) * 32u + e / 16u] = select(0.0, in0[(min(ar, rows - 1u)) * 10u + min(ap, inner - 1u)], ar < rows && ap < inner);
      let bp = p0 + e / 32u;
      let bc = tc + e % 32u;
      tileB[(e / 32u) * 32u + e % 32u] = select(0.0, in1[(min(bp, inner - 1u)) * 512u + min(bc, 511u)], bp < inner && bc < 512u);
    }
    workgroupBarrier();
    for (var p = 0u; p < 16u; p++) {
      let bv = vec4f(tileB[p * 32u + (lane % 8u) * 4u + 0u], tileB[p * 32u + (lane % 8u) * 4u + 1u], tileB[p * 32u + (lane % 8u) * 4u + 2u], tileB[p * 32u + (lane % 8u) * 4u + 3u]);
      acc0 += tileA[p * 32u + (lane / 8u) * 4u + 0u] * bv;
      acc1 += tileA[p * 32u + (lane / 8u) * 4u + 1u] * bv;
      acc2 += tileA[p * 32u + (lane / 8u) * 4u + 2u] * bv;
      acc3 += tileA[p * 32u + (lane / 8u) * 4u + 3u] * bv;
    }
    workgroupBarrier();
  }
  if (r0 + 0u < rows && c0 + 0u < 512u) { out[(r0 + 0u) * 512u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 512u) { out[(r0 + 0u) * 512u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 512u) { out[(r0 + 0u) * 512u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 512u) { out[(r0 + 0u) * 512u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 512u) { out[(r0 + 1u) * 512u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 512u) { out[(r0 + 1u) * 512u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 512u) { out[(r0 + 1u) * 512u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 512u) { out[(r0 + 1u) * 512u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 512u) { out[(r0 + 2u) * 512u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 512u) { out[(r0 + 2u) * 512u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 512u) { out[(r0 + 2u) * 512u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 512u) { out[(r0 + 2u) * 512u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 512u) { out[(r0 + 3u) * 512u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 512u) { out[(r0 + 3u) * 512u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 512u) { out[(r0 + 3u) * 512u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 512u) { out[(r0 + 3u) * 512u + c0 + 3u] = acc3[3]; }
}

// ---- k42_matmul: %44 = matmul(%40, %6)
// matmul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;
var<workgroup> tileA: array<f32, 512>;
var<workgroup> tileB: array<f32, 512>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  let rows = 10u;
  let inner = params.n;
  let group = i / 64u;
  let lane = i % 64u;
  let tr = (group / 16u) * 32u;
  let tc = (group % 16u) * 32u;
  let r0 = tr + (lane / 8u) * 4u;
  let c0 = tc + (lane % 8u) * 4u;
  var acc0 = vec4f(0.0);
  var acc1 = vec4f(0.0);
  var acc2 = vec4f(0.0);
  var acc3 = vec4f(0.0);
  for (var p0 = 0u; p0 < inner; p0 += 16u) {
    for (var e = lane; e < 512u; e += 64u) {
      let ar = tr + e % 32u;
      let ap = p0 + e / 32u;
      tileA[(e / 32u) * 32u + e % 32u] = select(0.0, in0[(min(ap, inner - 1u)) * 10u + min(ar, rows - 1u)], ar < rows && ap < inner);
      let bp = p0 + e / 32u;
      let bc = tc + e % 32u;
      tileB[(e / 32u) * 32u + e % 32u] = select(0.0, in1[(min(bp, inner - 1u)) * 512u + min(bc, 511u)], bp < inner && bc < 512u);
    }
    workgroupBarrier();
    for (var p = 0u; p < 16u; p++) {
      let bv = vec4f(tileB[p * 32u + (lane % 8u) * 4u + 0u], tileB[p * 32u + (lane % 8u) * 4u + 1u], tileB[p * 32u + (lane % 8u) * 4u + 2u], tileB[p * 32u + (lane % 8u) * 4u + 3u]);
      acc0 += tileA[p * 32u + (lane / 8u) * 4u + 0u] * bv;
      acc1 += tileA[p * 32u + (lane / 8u) * 4u + 1u] * bv;
      acc2 += tileA[p * 32u + (lane / 8u) * 4u + 2u] * bv;
      acc3 += tileA[p * 32u + (lane / 8u) * 4u + 3u] * bv;
    }
    workgroupBarrier();
  }
  if (r0 + 0u < rows && c0 + 0u < 512u) { out[(r0 + 0u) * 512u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 512u) { out[(r0 + 0u) * 512u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 512u) { out[(r0 + 0u) * 512u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 512u) { out[(r0 + 0u) * 512u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 512u) { out[(r0 + 1u) * 512u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 512u) { out[(r0 + 1u) * 512u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 512u) { out[(r0 + 1u) * 512u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 512u) { out[(r0 + 1u) * 512u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 512u) { out[(r0 + 2u) * 512u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 512u) { out[(r0 + 2u) * 512u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 512u) { out[(r0 + 2u) * 512u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 512u) { out[(r0 + 2u) * 512u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 512u) { out[(r0 + 3u) * 512u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 512u) { out[(r0 + 3u) * 512u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 512u) { out[(r0 + 3u) * 512u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 512u) { out[(r0 + 3u) * 512u + c0 + 3u] = acc3[3]; }
}

// ---- k43_fused_step_mul: %46 = mul(%5, %43)
// step → mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 512u) { return; }
  let l0 = in0[i];
  let l1 = in1[i];
  let t0 = select(0.0, 1.0, l0 > 0.0);
  out[i] = (l1 * t0);
}

// ---- k44_reduce_sum: %47 = reduce_sum(%46)
// reduce_sum
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;
var<workgroup> part: array<f32, 64>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  let o = i / 64u;
  let lane = i % 64u;
  let live = o < 1u * 512u;
  var o_rest = min(o, 1u * 512u - 1u);
  let o1 = o_rest % 512u;
  o_rest = o_rest / 512u;
  let o0 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let base = o1 * 1u;
  var acc = 0.0;
  if (live) {
    for (var e = lane; e < params.n; e += 64u) {
      var rest = e;
      let r0 = rest % params.n;
      rest = rest / params.n;
      let v = in0[base + r0 * 512u];
      acc = acc + v;
    }
  }
  part[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s = s >> 1u) {
    if (lane < s) { part[lane] = part[lane] + part[lane + s]; }
    workgroupBarrier();
  }
  if (live && lane == 0u) { out[o] = part[0]; }
}

// ---- k45_reshape: %48 = reshape(%47)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 512u) { return; }
  out[i] = in0[i];
}

// ---- k46_matmul: %49 = matmul(%46, %linear2.weight)
// matmul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;
var<workgroup> tileA: array<f32, 512>;
var<workgroup> tileB: array<f32, 512>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  let rows = (params.n * 512u) / 512u;
  let inner = 512u;
  let group = i / 64u;
  let lane = i % 64u;
  let tr = (group / 16u) * 32u;
  let tc = (group % 16u) * 32u;
  let r0 = tr + (lane / 8u) * 4u;
  let c0 = tc + (lane % 8u) * 4u;
  var acc0 = vec4f(0.0);
  var acc1 = vec4f(0.0);
  var acc2 = vec4f(0.0);
  var acc3 = vec4f(0.0);
  for (var p0 = 0u; p0 < inner; p0 += 16u) {
    for (var e = lane; e < 512u; e += 64u) {
      let ar = tr + e / 16u;
      let ap = p0 + e % 16u;
      tileA[(e % 16u) * 32u + e / 16u] = select(0.0, in0[(min(ar, rows - 1u)) * 512u + min(ap, inner - 1u)], ar < rows && ap < inner);
      let bp = p0 + e / 32u;
      let bc = tc + e % 32u;
      tileB[(e / 32u) * 32u + e % 32u] = select(0.0, in1[(min(bp, inner - 1u)) * 512u + min(bc, 511u)], bp < inner && bc < 512u);
    }
    workgroupBarrier();
    for (var p = 0u; p < 16u; p++) {
      let bv = vec4f(tileB[p * 32u + (lane % 8u) * 4u + 0u], tileB[p * 32u + (lane % 8u) * 4u + 1u], tileB[p * 32u + (lane % 8u) * 4u + 2u], tileB[p * 32u + (lane % 8u) * 4u + 3u]);
      acc0 += tileA[p * 32u + (lane / 8u) * 4u + 0u] * bv;
      acc1 += tileA[p * 32u + (lane / 8u) * 4u + 1u] * bv;
      acc2 += tileA[p * 32u + (lane / 8u) * 4u + 2u] * bv;
      acc3 += tileA[p * 32u + (lane / 8u) * 4u + 3u] * bv;
    }
    workgroupBarrier();
  }
  if (r0 + 0u < rows && c0 + 0u < 512u) { out[(r0 + 0u) * 512u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 512u) { out[(r0 + 0u) * 512u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 512u) { out[(r0 + 0u) * 512u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 512u) { out[(r0 + 0u) * 512u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 512u) { out[(r0 + 1u) * 512u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 512u) { out[(r0 + 1u) * 512u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 512u) { out[(r0 + 1u) * 512u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 512u) { out[(r0 + 1u) * 512u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 512u) { out[(r0 + 2u) * 512u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 512u) { out[(r0 + 2u) * 512u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 512u) { out[(r0 + 2u) * 512u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 512u) { out[(r0 + 2u) * 512u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 512u) { out[(r0 + 3u) * 512u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 512u) { out[(r0 + 3u) * 512u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 512u) { out[(r0 + 3u) * 512u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 512u) { out[(r0 + 3u) * 512u + c0 + 3u] = acc3[3]; }
}

// ---- k47_matmul: %50 = matmul(%46, %3)
// matmul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;
var<workgroup> tileA: array<f32, 512>;
var<workgroup> tileB: array<f32, 512>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  let rows = 512u;
  let inner = params.n;
  let group = i / 64u;
  let lane = i % 64u;
  let tr = (group / 16u) * 32u;
  let tc = (group % 16u) * 32u;
  let r0 = tr + (lane / 8u) * 4u;
  let c0 = tc + (lane % 8u) * 4u;
  var acc0 = vec4f(0.0);
  var acc1 = vec4f(0.0);
  var acc2 = vec4f(0.0);
  var acc3 = vec4f(0.0);
  for (var p0 = 0u; p0 < inner; p0 += 16u) {
    for (var e = lane; e < 512u; e += 64u) {
      let ar = tr + e % 32u;
      let ap = p0 + e / 32u;
      tileA[(e / 32u) * 32u + e % 32u] = select(0.0, in0[(min(ap, inner - 1u)) * 512u + min(ar, rows - 1u)], ar < rows && ap < inner);
      let bp = p0 + e / 32u;
      let bc = tc + e % 32u;
      tileB[(e / 32u) * 32u + e % 32u] = select(0.0, in1[(min(bp, inner - 1u)) * 512u + min(bc, 511u)], bp < inner && bc < 512u);
    }
    workgroupBarrier();
    for (var p = 0u; p < 16u; p++) {
      let bv = vec4f(tileB[p * 32u + (lane % 8u) * 4u + 0u], tileB[p * 32u + (lane % 8u) * 4u + 1u], tileB[p * 32u + (lane % 8u) * 4u + 2u], tileB[p * 32u + (lane % 8u) * 4u + 3u]);
      acc0 += tileA[p * 32u + (lane / 8u) * 4u + 0u] * bv;
      acc1 += tileA[p * 32u + (lane / 8u) * 4u + 1u] * bv;
      acc2 += tileA[p * 32u + (lane / 8u) * 4u + 2u] * bv;
      acc3 += tileA[p * 32u + (lane / 8u) * 4u + 3u] * bv;
    }
    workgroupBarrier();
  }
  if (r0 + 0u < rows && c0 + 0u < 512u) { out[(r0 + 0u) * 512u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 512u) { out[(r0 + 0u) * 512u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 512u) { out[(r0 + 0u) * 512u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 512u) { out[(r0 + 0u) * 512u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 512u) { out[(r0 + 1u) * 512u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 512u) { out[(r0 + 1u) * 512u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 512u) { out[(r0 + 1u) * 512u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 512u) { out[(r0 + 1u) * 512u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 512u) { out[(r0 + 2u) * 512u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 512u) { out[(r0 + 2u) * 512u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 512u) { out[(r0 + 2u) * 512u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 512u) { out[(r0 + 2u) * 512u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 512u) { out[(r0 + 3u) * 512u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 512u) { out[(r0 + 3u) * 512u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 512u) { out[(r0 + 3u) * 512u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 512u) { out[(r0 + 3u) * 512u + c0 + 3u] = acc3[3]; }
}

// ---- k48_fused_step_mul: %52 = mul(%2, %49)
// step → mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 512u) { return; }
  let l0 = in0[i];
  let l1 = in1[i];
  let t0 = select(0.0, 1.0, l0 > 0.0);
  out[i] = (l1 * t0);
}

// ---- k49_reduce_sum: %53 = reduce_sum(%52)
// reduce_sum
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;
var<workgroup> part: array<f32, 64>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  let o = i / 64u;
  let lane = i % 64u;
  let live = o < 1u * 512u;
  var o_rest = min(o, 1u * 512u - 1u);
  let o1 = o_rest % 512u;
  o_rest = o_rest / 512u;
  let o0 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let base = o1 * 1u;
  var acc = 0.0;
  if (live) {
    for (var e = lane; e < params.n; e += 64u) {
      var rest = e;
      let r0 = rest % params.n;
      rest = rest / params.n;
      let v = in0[base + r0 * 512u];
      acc = acc + v;
    }
  }
  part[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s = s >> 1u) {
    if (lane < s) { part[lane] = part[lane] + part[lane + s]; }
    workgroupBarrier();
  }
  if (live && lane == 0u) { out[o] = part[0]; }
}

// ---- k50_reshape: %54 = reshape(%53)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 512u) { return; }
  out[i] = in0[i];
}

// ---- k51_matmul: %55 = matmul(%52, %0)
// matmul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;
var<workgroup> tileA: array<f32, 512>;
var<workgroup> tileB: array<f32, 512>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  let rows = 512u;
  let inner = params.n;
  let group = i / 64u;
  let lane = i % 64u;
  let tr = (group / 25u) * 32u;
  let tc = (group % 25u) * 32u;
  let r0 = tr + (lane / 8u) * 4u;
  let c0 = tc + (lane % 8u) * 4u;
  var acc0 = vec4f(0.0);
  var acc1 = vec4f(0.0);
  var acc2 = vec4f(0.0);
  var acc3 = vec4f(0.0);
  for (var p0 = 0u; p0 < inner; p0 += 16u) {
    for (var e = lane; e < 512u; e += 64u) {
      let ar = tr + e % 32u;
      let ap = p0 + e / 32u;
      tileA[(e / 32u) * 32u + e % 32u] = select(0.0, in0[(min(ap, inner - 1u)) * 512u + min(ar, rows - 1u)], ar < rows && ap < inner);
      let bp = p0 + e / 32u;
      let bc = tc + e % 32u;
      tileB[(e / 32u) * 32u + e % 32u] = select(0.0, in1[(min(bp, inner - 1u)) * 784u + min(bc, 783u)], bp < inner && bc < 784u);
    }
    workgroupBarrier();
    for (var p = 0u; p < 16u; p++) {
      let bv = vec4f(tileB[p * 32u + (lane % 8u) * 4u + 0u], tileB[p * 32u + (lane % 8u) * 4u + 1u], tileB[p * 32u + (lane % 8u) * 4u + 2u], tileB[p * 32u + (lane % 8u) * 4u + 3u]);
      acc0 += tileA[p * 32u + (lane / 8u) * 4u + 0u] * bv;
      acc1 += tileA[p * 32u + (lane / 8u) * 4u + 1u] * bv;
      acc2 += tileA[p * 32u + (lane / 8u) * 4u + 2u] * bv;
      acc3 += tileA[p * 32u + (lane / 8u) * 4u + 3u] * bv;
    }
    workgroupBarrier();
  }
  if (r0 + 0u < rows && c0 + 0u < 784u) { out[(r0 + 0u) * 784u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 784u) { out[(r0 + 0u) * 784u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 784u) { out[(r0 + 0u) * 784u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 784u) { out[(r0 + 0u) * 784u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 784u) { out[(r0 + 1u) * 784u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 784u) { out[(r0 + 1u) * 784u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 784u) { out[(r0 + 1u) * 784u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 784u) { out[(r0 + 1u) * 784u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 784u) { out[(r0 + 2u) * 784u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 784u) { out[(r0 + 2u) * 784u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 784u) { out[(r0 + 2u) * 784u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 784u) { out[(r0 + 2u) * 784u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 784u) { out[(r0 + 3u) * 784u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 784u) { out[(r0 + 3u) * 784u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 784u) { out[(r0 + 3u) * 784u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 784u) { out[(r0 + 3u) * 784u + c0 + 3u] = acc3[3]; }
}

// ---- k52_fused_mul_sub: %57 = sub(%lr, %55, %linear1.weight)
// mul → sub
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read> in2: array<f32>;
@group(0) @binding(4) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 512u * 784u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let t0 = (l0 * l1);
  out[i] = (l2 - t0);
}

// ---- k53_fused_mul_sub: %59 = sub(%lr, %54, %linear1.bias)
// mul → sub
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read> in2: array<f32>;
@group(0) @binding(4) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 512u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let t0 = (l0 * l1);
  out[i] = (l2 - t0);
}

// ---- k54_fused_mul_sub: %61 = sub(%lr, %50, %linear2.weight)
// mul → sub
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read> in2: array<f32>;
@group(0) @binding(4) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 512u * 512u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let t0 = (l0 * l1);
  out[i] = (l2 - t0);
}

// ---- k55_fused_mul_sub: %63 = sub(%lr, %48, %linear2.bias)
// mul → sub
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read> in2: array<f32>;
@group(0) @binding(4) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 512u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let t0 = (l0 * l1);
  out[i] = (l2 - t0);
}

// ---- k56_fused_mul_sub: %65 = sub(%lr, %44, %linear3.weight)
// mul → sub
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read> in2: array<f32>;
@group(0) @binding(4) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 10u * 512u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let t0 = (l0 * l1);
  out[i] = (l2 - t0);
}

// ---- k57_fused_mul_sub: %67 = sub(%lr, %42, %linear3.bias)
// mul → sub
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read> in2: array<f32>;
@group(0) @binding(4) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 10u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let t0 = (l0 * l1);
  out[i] = (l2 - t0);
}
