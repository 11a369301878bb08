// Mlp.train: 56 kernels for a hardware adapter, dispatched in this order into one command buffer
//   %0 = matmul(%x, %linear1.weight); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[N,128]
//   %1 = add(%0, %linear1.bias); one invocation per element of f32[N,128]
//   %2 = relu(%1); one invocation per element of f32[N,128]
//   %3 = matmul(%2, %linear2.weight); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[N,10]
//   %4 = add(%3, %linear2.bias); one invocation per element of f32[N,10]
//   %5 = reduce_max(%4); a workgroup of 64 per element of f32[N,1]
//   %6 = stop_gradient(%5); one invocation per element of f32[N,1]
//   %8 = sub → exp(%4, %6); one invocation per element of f32[N,10]
//   %9 = reduce_sum(%8); a workgroup of 64 per element of f32[N,1]
//   %10 = div(%8, %9); one invocation per element of f32[N,10]
//   %11 = reduce_max(%10); a workgroup of 64 per element of f32[N,1]
//   %12 = stop_gradient(%11); one invocation per element of f32[N,1]
//   %13 = sub(%10, %12); one invocation per element of f32[N,10]
//   %14 = exp(%13); one invocation per element of f32[N,10]
//   %15 = reduce_sum(%14); a workgroup of 64 per element of f32[N,1]
//   %16 = log(%15); one invocation per element of f32[N,1]
//   %17 = one_hot(%y); one invocation per element of f32[N,10]
//   %18 = reshape(%16); one invocation per element of f32[N]
//   %19 = mul(%13, %17); one invocation per element of f32[N,10]
//   %20 = reduce_sum(%19); a workgroup of 64 per element of f32[N]
//   %21 = sub(%18, %20); one invocation per element of f32[N]
//   %22 = reduce_sum(%21); a workgroup of 64 per element of f32[]
//   %23 = batch_size(); one invocation per element of f32[]
//   %24 = div(%22, %23); one invocation per element of f32[]
//   %25 = argmax(%10); a workgroup of 64 per row of i32[N]
//   %26 = cast(%25); one invocation per element of f32[N]
//   %27 = cast(%y); one invocation per element of f32[N]
//   %28 = equal(%26, %27); one invocation per element of f32[N]
//   %29 = reduce_sum(%28); a workgroup of 64 per element of f32[]
//   %30 = constant(); one invocation per element of f32[]
//   %31 = div(%30, %23); one invocation per element of f32[]
//   %32 = reshape(%31); one invocation per element of f32[1]
//   %33 = broadcast(%32); one invocation per element of f32[N]
//   %34 = neg(%33); one invocation per element of f32[N]
//   %35 = reshape(%34); one invocation per element of f32[N,1]
//   %36 = broadcast(%35); one invocation per element of f32[N,10]
//   %38 = reshape(%33); one invocation per element of f32[N,1]
//   %39 = div(%38, %15); one invocation per element of f32[N,1]
//   %40 = broadcast(%39); one invocation per element of f32[N,10]
//   %42 = mul → mul → add(%36, %17, %40, %14); one invocation per element of f32[N,10]
//   %46 = mul → div → neg(%42, %10, %9); one invocation per element of f32[N,10]
//   %47 = reduce_sum(%46); a workgroup of 64 per element of f32[N,1]
//   %48 = broadcast(%47); one invocation per element of f32[N,10]
//   %50 = div → add → mul(%42, %9, %48, %8); one invocation per element of f32[N,10]
//   %51 = reduce_sum(%50); a workgroup of 64 per element of f32[1,10]
//   %52 = reshape(%51); one invocation per element of f32[10]
//   %53 = matmul(%50, %linear2.weight); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[N,128]
//   %54 = matmul(%50, %2); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[10,128]
//   %56 = step → mul(%1, %53); one invocation per element of f32[N,128]
//   %57 = reduce_sum(%56); a workgroup of 64 per element of f32[1,128]
//   %58 = reshape(%57); one invocation per element of f32[128]
//   %59 = matmul(%56, %x); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[128,784]
//   %61 = mul → sub(%lr, %59, %linear1.weight); one invocation per element of f32[128,784]
//   %63 = mul → sub(%lr, %58, %linear1.bias); one invocation per element of f32[128]
//   %65 = mul → sub(%lr, %54, %linear2.weight); one invocation per element of f32[10,128]
//   %67 = mul → sub(%lr, %52, %linear2.bias); one invocation per element of f32[10]

// ---- k0_matmul: %0 = matmul(%x, %linear1.weight)
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
  let rows = (params.n * 128u) / 128u;
  let inner = 784u;
  let group = i / 64u;
  let lane = i % 64u;
  let tr = (group / 4u) * 32u;
  let tc = (group % 4u) * 32u;
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
      tileB[(e % 16u) * 32u + e / 16u] = select(0.0, in1[(min(bc, 127u)) * 784u + min(bp, inner - 1u)], bp < inner && bc < 128u);
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
  if (r0 + 0u < rows && c0 + 0u < 128u) { out[(r0 + 0u) * 128u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 128u) { out[(r0 + 0u) * 128u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 128u) { out[(r0 + 0u) * 128u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 128u) { out[(r0 + 0u) * 128u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 128u) { out[(r0 + 1u) * 128u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 128u) { out[(r0 + 1u) * 128u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 128u) { out[(r0 + 1u) * 128u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 128u) { out[(r0 + 1u) * 128u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 128u) { out[(r0 + 2u) * 128u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 128u) { out[(r0 + 2u) * 128u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 128u) { out[(r0 + 2u) * 128u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 128u) { out[(r0 + 2u) * 128u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 128u) { out[(r0 + 3u) * 128u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 128u) { out[(r0 + 3u) * 128u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 128u) { out[(r0 + 3u) * 128u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 128u) { out[(r0 + 3u) * 128u + c0 + 3u] = acc3[3]; }
}

// ---- k1_add: %1 = add(%0, %linear1.bias)
// add
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 128u) { return; }
  var o_rest = i;
  let o1 = o_rest % 128u;
  o_rest = o_rest / 128u;
  let o0 = o_rest % params.n;
  o_rest = o_rest / params.n;
  let l0 = in0[i];
  let l1 = in1[o1 * 1u];
  out[i] = (l0 + l1);
}

// ---- k2_relu: %2 = relu(%1)
// relu
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 128u) { return; }
  let l0 = in0[i];
  out[i] = max(l0, 0.0);
}

// ---- k3_matmul: %3 = matmul(%2, %linear2.weight)
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
  let inner = 128u;
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
      tileA[(e % 16u) * 32u + e / 16u] = select(0.0, in0[(min(ar, rows - 1u)) * 128u + min(ap, inner - 1u)], ar < rows && ap < inner);
      let bp = p0 + e % 16u;
      let bc = tc + e / 16u;
      tileB[(e % 16u) * 32u + e / 16u] = select(0.0, in1[(min(bc, 9u)) * 128u + min(bp, inner - 1u)], bp < inner && bc < 10u);
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

// ---- k4_add: %4 = add(%3, %linear2.bias)
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

// ---- k5_reduce_max: %5 = reduce_max(%4)
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

// ---- k6_stop_gradient: %6 = stop_gradient(%5)
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

// ---- k7_fused_sub_exp: %8 = exp(%4, %6)
// sub → exp
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
  let t0 = (l0 - l1);
  out[i] = exp(t0);
}

// ---- k8_reduce_sum: %9 = reduce_sum(%8)
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

// ---- k9_div: %10 = div(%8, %9)
// div
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
  out[i] = (l0 / l1);
}

// ---- k10_reduce_max: %11 = reduce_max(%10)
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

// ---- k11_stop_gradient: %12 = stop_gradient(%11)
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

// ---- k12_sub: %13 = sub(%10, %12)
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

// ---- k13_exp: %14 = exp(%13)
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

// ---- k14_reduce_sum: %15 = reduce_sum(%14)
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

// ---- k15_log: %16 = log(%15)
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

// ---- k16_one_hot: %17 = one_hot(%y)
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

// ---- k17_reshape: %18 = reshape(%16)
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

// ---- k18_mul: %19 = mul(%13, %17)
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

// ---- k19_reduce_sum: %20 = reduce_sum(%19)
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

// ---- k20_sub: %21 = sub(%18, %20)
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

// ---- k21_reduce_sum: %22 = reduce_sum(%21)
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

// ---- k22_batch_size: %23 = batch_size()
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

// ---- k23_div: %24 = div(%22, %23)
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

// ---- k24_argmax: %25 = argmax(%10)
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

// ---- k25_cast: %26 = cast(%25)
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

// ---- k26_cast: %27 = cast(%y)
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

// ---- k27_equal: %28 = equal(%26, %27)
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

// ---- k28_reduce_sum: %29 = reduce_sum(%28)
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

// ---- k29_constant: %30 = constant()
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

// ---- k30_div: %31 = div(%30, %23)
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

// ---- k31_reshape: %32 = reshape(%31)
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

// ---- k32_broadcast: %33 = broadcast(%32)
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

// ---- k33_neg: %34 = neg(%33)
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

// ---- k34_reshape: %35 = reshape(%34)
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

// ---- k35_broadcast: %36 = broadcast(%35)
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

// ---- k36_reshape: %38 = reshape(%33)
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

// ---- k37_div: %39 = div(%38, %15)
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

// ---- k38_broadcast: %40 = broadcast(%39)
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

// ---- k39_fused_mul_mul_add: %42 = add(%36, %17, %40, %14)
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

// ---- k40_fused_mul_div_neg: %46 = neg(%42, %10, %9)
// mul → div → neg
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read> in2: array<f32>;
@group(0) @binding(4) var<storage, read_write> out: array<f32>;

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
  let l1 = in1[i];
  let l2 = in2[o0 * 1u];
  let t0 = (l0 * l1);
  let t1 = (t0 / l2);
  out[i] = (-t1);
}

// ---- k41_reduce_sum: %47 = reduce_sum(%46)
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

// ---- k42_broadcast: %48 = broadcast(%47)
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

// ---- k43_fused_div_add_mul: %50 = mul(%42, %9, %48, %8)
// div → add → mul
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
  var o_rest = i;
  let o1 = o_rest % 10u;
  o_rest = o_rest / 10u;
  let o0 = o_rest % params.n;
  o_rest = o_rest / params.n;
  let l0 = in0[i];
  let l1 = in1[o0 * 1u];
  let l2 = in2[i];
  let l3 = in3[i];
  let t0 = (l0 / l1);
  let t1 = (t0 + l2);
  out[i] = (t1 * l3);
}

// ---- k44_reduce_sum: %51 = reduce_sum(%50)
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

// ---- k45_reshape: %52 = reshape(%51)
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

// ---- k46_matmul: %53 = matmul(%50, %linear2.weight)
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
  let rows = (params.n * 128u) / 128u;
  let inner = 10u;
  let group = i / 64u;
  let lane = i % 64u;
  let tr = (group / 4u) * 32u;
  let tc = (group % 4u) * 32u;
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
      tileB[(e / 32u) * 32u + e % 32u] = select(0.0, in1[(min(bp, inner - 1u)) * 128u + min(bc, 127u)], bp < inner && bc < 128u);
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
  if (r0 + 0u < rows && c0 + 0u < 128u) { out[(r0 + 0u) * 128u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 128u) { out[(r0 + 0u) * 128u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 128u) { out[(r0 + 0u) * 128u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 128u) { out[(r0 + 0u) * 128u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 128u) { out[(r0 + 1u) * 128u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 128u) { out[(r0 + 1u) * 128u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 128u) { out[(r0 + 1u) * 128u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 128u) { out[(r0 + 1u) * 128u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 128u) { out[(r0 + 2u) * 128u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 128u) { out[(r0 + 2u) * 128u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 128u) { out[(r0 + 2u) * 128u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 128u) { out[(r0 + 2u) * 128u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 128u) { out[(r0 + 3u) * 128u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 128u) { out[(r0 + 3u) * 128u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 128u) { out[(r0 + 3u) * 128u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 128u) { out[(r0 + 3u) * 128u + c0 + 3u] = acc3[3]; }
}

// ---- k47_matmul: %54 = matmul(%50, %2)
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
  let tr = (group / 4u) * 32u;
  let tc = (group % 4u) * 32u;
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
      tileB[(e / 32u) * 32u + e % 32u] = select(0.0, in1[(min(bp, inner - 1u)) * 128u + min(bc, 127u)], bp < inner && bc < 128u);
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
  if (r0 + 0u < rows && c0 + 0u < 128u) { out[(r0 + 0u) * 128u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 128u) { out[(r0 + 0u) * 128u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 128u) { out[(r0 + 0u) * 128u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 128u) { out[(r0 + 0u) * 128u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 128u) { out[(r0 + 1u) * 128u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 128u) { out[(r0 + 1u) * 128u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 128u) { out[(r0 + 1u) * 128u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 128u) { out[(r0 + 1u) * 128u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 128u) { out[(r0 + 2u) * 128u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 128u) { out[(r0 + 2u) * 128u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 128u) { out[(r0 + 2u) * 128u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 128u) { out[(r0 + 2u) * 128u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 128u) { out[(r0 + 3u) * 128u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 128u) { out[(r0 + 3u) * 128u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 128u) { out[(r0 + 3u) * 128u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 128u) { out[(r0 + 3u) * 128u + c0 + 3u] = acc3[3]; }
}

// ---- k48_fused_step_mul: %56 = mul(%1, %53)
// step → mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 128u) { return; }
  let l0 = in0[i];
  let l1 = in1[i];
  let t0 = select(0.0, 1.0, l0 > 0.0);
  out[i] = (l1 * t0);
}

// ---- k49_reduce_sum: %57 = reduce_sum(%56)
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
  let live = o < 1u * 128u;
  var o_rest = min(o, 1u * 128u - 1u);
  let o1 = o_rest % 128u;
  o_rest = o_rest / 128u;
  let o0 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let base = o1 * 1u;
  var acc = 0.0;
  if (live) {
    for (var e = lane; e < params.n; e += 64u) {
      var rest = e;
      let r0 = rest % params.n;
      rest = rest / params.n;
      let v = in0[base + r0 * 128u];
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

// ---- k50_reshape: %58 = reshape(%57)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 128u) { return; }
  out[i] = in0[i];
}

// ---- k51_matmul: %59 = matmul(%56, %x)
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
  let rows = 128u;
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
      tileA[(e / 32u) * 32u + e % 32u] = select(0.0, in0[(min(ap, inner - 1u)) * 128u + min(ar, rows - 1u)], ar < rows && ap < inner);
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

// ---- k52_fused_mul_sub: %61 = sub(%lr, %59, %linear1.weight)
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
  if (i >= 128u * 784u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let t0 = (l0 * l1);
  out[i] = (l2 - t0);
}

// ---- k53_fused_mul_sub: %63 = sub(%lr, %58, %linear1.bias)
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
  if (i >= 128u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let t0 = (l0 * l1);
  out[i] = (l2 - t0);
}

// ---- k54_fused_mul_sub: %65 = sub(%lr, %54, %linear2.weight)
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
  if (i >= 10u * 128u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let t0 = (l0 * l1);
  out[i] = (l2 - t0);
}

// ---- k55_fused_mul_sub: %67 = sub(%lr, %52, %linear2.bias)
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
