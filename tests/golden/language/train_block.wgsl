// Settings.train: 75 kernels for a hardware adapter, dispatched in this order into one command buffer
//   %0 = reshape(%image); one invocation per element of f32[N,784]
//   %1 = matmul(%0, %fc1.weight); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[N,16]
//   %2 = add(%1, %fc1.bias); one invocation per element of f32[N,16]
//   %3 = matmul(%2, %linear2.weight); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[N,8]
//   %4 = add(%3, %linear2.bias); one invocation per element of f32[N,8]
//   %5 = relu(%4); one invocation per element of f32[N,8]
//   %6 = matmul(%5, %linear3.weight); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[N,10]
//   %7 = add(%6, %linear3.bias); one invocation per element of f32[N,10]
//   %8 = reduce_max(%7); a workgroup of 64 per element of f32[N,1]
//   %9 = stop_gradient(%8); one invocation per element of f32[N,1]
//   %10 = sub(%7, %9); one invocation per element of f32[N,10]
//   %11 = exp(%10); one invocation per element of f32[N,10]
//   %12 = reduce_sum(%11); a workgroup of 64 per element of f32[N,1]
//   %13 = log(%12); one invocation per element of f32[N,1]
//   %14 = one_hot(%label); one invocation per element of f32[N,10]
//   %15 = reshape(%13); one invocation per element of f32[N]
//   %16 = mul(%10, %14); one invocation per element of f32[N,10]
//   %17 = reduce_sum(%16); a workgroup of 64 per element of f32[N]
//   %18 = sub(%15, %17); one invocation per element of f32[N]
//   %19 = reduce_sum(%18); a workgroup of 64 per element of f32[]
//   %20 = batch_size(); one invocation per element of f32[]
//   %21 = div(%19, %20); one invocation per element of f32[]
//   %22 = argmax(%7); a workgroup of 64 per row of i32[N]
//   %23 = cast(%22); one invocation per element of f32[N]
//   %24 = cast(%label); one invocation per element of f32[N]
//   %25 = equal(%23, %24); one invocation per element of f32[N]
//   %26 = reduce_sum(%25); a workgroup of 64 per element of f32[]
//   %27 = constant(); one invocation per element of f32[]
//   %28 = div(%27, %20); one invocation per element of f32[]
//   %29 = reshape(%28); one invocation per element of f32[1]
//   %30 = broadcast(%29); one invocation per element of f32[N]
//   %31 = neg(%30); one invocation per element of f32[N]
//   %32 = reshape(%31); one invocation per element of f32[N,1]
//   %33 = broadcast(%32); one invocation per element of f32[N,10]
//   %35 = reshape(%30); one invocation per element of f32[N,1]
//   %36 = div(%35, %12); one invocation per element of f32[N,1]
//   %37 = broadcast(%36); one invocation per element of f32[N,10]
//   %39 = mul → mul → add(%33, %14, %37, %11); one invocation per element of f32[N,10]
//   %40 = reduce_sum(%39); a workgroup of 64 per element of f32[1,10]
//   %41 = reshape(%40); one invocation per element of f32[10]
//   %42 = matmul(%39, %linear3.weight); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[N,8]
//   %43 = matmul(%39, %5); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[10,8]
//   %45 = step → mul(%4, %42); one invocation per element of f32[N,8]
//   %46 = reduce_sum(%45); a workgroup of 64 per element of f32[1,8]
//   %47 = reshape(%46); one invocation per element of f32[8]
//   %48 = matmul(%45, %linear2.weight); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[N,16]
//   %49 = matmul(%45, %2); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[8,16]
//   %50 = reduce_sum(%48); a workgroup of 64 per element of f32[1,16]
//   %51 = reshape(%50); one invocation per element of f32[16]
//   %52 = matmul(%48, %0); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[16,784]
//   %53 = constant(); one invocation per element of f32[]
//   %55 = constant(); one invocation per element of f32[]
//   %57 = mul → mul → add(%53, %exp_avg.fc1.weight, %55, %52); one invocation per element of f32[16,784]
//   %58 = constant(); one invocation per element of f32[]
//   %60 = constant(); one invocation per element of f32[]
//   %63 = mul → mul → mul → add(%58, %exp_avg_sq.fc1.weight, %52, %60); one invocation per element of f32[16,784]
//   %69 = pow → sub → sqrt(%58, %t, %27); one invocation per element of f32[]
//   %71 = constant(); one invocation per element of f32[]
//   %73 = pow → sub → div(%53, %t, %27, %lr); one invocation per element of f32[]
//   %76 = sqrt → div → add → div → mul → sub(%63, %69, %71, %57, %73, %fc1.weight); one invocation per element of f32[16,784]
//   %79 = mul → mul → add(%53, %exp_avg.fc1.bias, %55, %51); one invocation per element of f32[16]
//   %83 = mul → mul → mul → add(%58, %exp_avg_sq.fc1.bias, %51, %60); one invocation per element of f32[16]
//   %89 = sqrt → div → add → div → mul → sub(%83, %69, %71, %79, %73, %fc1.bias); one invocation per element of f32[16]
//   %92 = mul → mul → add(%53, %exp_avg.linear2.weight, %55, %49); one invocation per element of f32[8,16]
//   %96 = mul → mul → mul → add(%58, %exp_avg_sq.linear2.weight, %49, %60); one invocation per element of f32[8,16]
//   %102 = sqrt → div → add → div → mul → sub(%96, %69, %71, %92, %73, %linear2.weight); one invocation per element of f32[8,16]
//   %105 = mul → mul → add(%53, %exp_avg.linear2.bias, %55, %47); one invocation per element of f32[8]
//   %109 = mul → mul → mul → add(%58, %exp_avg_sq.linear2.bias, %47, %60); one invocation per element of f32[8]
//   %115 = sqrt → div → add → div → mul → sub(%109, %69, %71, %105, %73, %linear2.bias); one invocation per element of f32[8]
//   %118 = mul → mul → add(%53, %exp_avg.linear3.weight, %55, %43); one invocation per element of f32[10,8]
//   %122 = mul → mul → mul → add(%58, %exp_avg_sq.linear3.weight, %43, %60); one invocation per element of f32[10,8]
//   %128 = sqrt → div → add → div → mul → sub(%122, %69, %71, %118, %73, %linear3.weight); one invocation per element of f32[10,8]
//   %131 = mul → mul → add(%53, %exp_avg.linear3.bias, %55, %41); one invocation per element of f32[10]
//   %135 = mul → mul → mul → add(%58, %exp_avg_sq.linear3.bias, %41, %60); one invocation per element of f32[10]
//   %141 = sqrt → div → add → div → mul → sub(%135, %69, %71, %131, %73, %linear3.bias); one invocation per element of f32[10]

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

// ---- k1_matmul: %1 = matmul(%0, %fc1.weight)
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
  let rows = (params.n * 16u) / 16u;
  let inner = 784u;
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
      tileA[(e % 16u) * 32u + e / 16u] = select(0.0, in0[(min(ar, rows - 1u)) * 784u + min(ap, inner - 1u)], ar < rows && ap < inner);
      let bp = p0 + e % 16u;
      let bc = tc + e / 16u;
      tileB[(e % 16u) * 32u + e / 16u] = select(0.0, in1[(min(bc, 15u)) * 784u + min(bp, inner - 1u)], bp < inner && bc < 16u);
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
  if (r0 + 0u < rows && c0 + 0u < 16u) { out[(r0 + 0u) * 16u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 16u) { out[(r0 + 0u) * 16u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 16u) { out[(r0 + 0u) * 16u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 16u) { out[(r0 + 0u) * 16u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 16u) { out[(r0 + 1u) * 16u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 16u) { out[(r0 + 1u) * 16u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 16u) { out[(r0 + 1u) * 16u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 16u) { out[(r0 + 1u) * 16u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 16u) { out[(r0 + 2u) * 16u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 16u) { out[(r0 + 2u) * 16u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 16u) { out[(r0 + 2u) * 16u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 16u) { out[(r0 + 2u) * 16u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 16u) { out[(r0 + 3u) * 16u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 16u) { out[(r0 + 3u) * 16u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 16u) { out[(r0 + 3u) * 16u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 16u) { out[(r0 + 3u) * 16u + c0 + 3u] = acc3[3]; }
}

// ---- k2_add: %2 = add(%1, %fc1.bias)
// add
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 16u) { return; }
  var o_rest = i;
  let o1 = o_rest % 16u;
  o_rest = o_rest / 16u;
  let o0 = o_rest % params.n;
  o_rest = o_rest / params.n;
  let l0 = in0[i];
  let l1 = in1[o1 * 1u];
  out[i] = (l0 + l1);
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
  let rows = (params.n * 8u) / 8u;
  let inner = 16u;
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
      tileA[(e % 16u) * 32u + e / 16u] = select(0.0, in0[(min(ar, rows - 1u)) * 16u + min(ap, inner - 1u)], ar < rows && ap < inner);
      let bp = p0 + e % 16u;
      let bc = tc + e / 16u;
      tileB[(e % 16u) * 32u + e / 16u] = select(0.0, in1[(min(bc, 7u)) * 16u + min(bp, inner - 1u)], bp < inner && bc < 8u);
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
  if (r0 + 0u < rows && c0 + 0u < 8u) { out[(r0 + 0u) * 8u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 8u) { out[(r0 + 0u) * 8u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 8u) { out[(r0 + 0u) * 8u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 8u) { out[(r0 + 0u) * 8u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 8u) { out[(r0 + 1u) * 8u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 8u) { out[(r0 + 1u) * 8u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 8u) { out[(r0 + 1u) * 8u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 8u) { out[(r0 + 1u) * 8u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 8u) { out[(r0 + 2u) * 8u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 8u) { out[(r0 + 2u) * 8u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 8u) { out[(r0 + 2u) * 8u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 8u) { out[(r0 + 2u) * 8u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 8u) { out[(r0 + 3u) * 8u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 8u) { out[(r0 + 3u) * 8u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 8u) { out[(r0 + 3u) * 8u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 8u) { out[(r0 + 3u) * 8u + c0 + 3u] = acc3[3]; }
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
  if (i >= params.n * 8u) { return; }
  var o_rest = i;
  let o1 = o_rest % 8u;
  o_rest = o_rest / 8u;
  let o0 = o_rest % params.n;
  o_rest = o_rest / params.n;
  let l0 = in0[i];
  let l1 = in1[o1 * 1u];
  out[i] = (l0 + l1);
}

// ---- k5_relu: %5 = relu(%4)
// relu
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 8u) { return; }
  let l0 = in0[i];
  out[i] = max(l0, 0.0);
}

// ---- k6_matmul: %6 = matmul(%5, %linear3.weight)
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
  let inner = 8u;
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
      tileA[(e % 16u) * 32u + e / 16u] = select(0.0, in0[(min(ar, rows - 1u)) * 8u + min(ap, inner - 1u)], ar < rows && ap < inner);
      let bp = p0 + e % 16u;
      let bc = tc + e / 16u;
      tileB[(e % 16u) * 32u + e / 16u] = select(0.0, in1[(min(bc, 9u)) * 8u + min(bp, inner - 1u)], bp < inner && bc < 10u);
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

// ---- k7_add: %7 = add(%6, %linear3.bias)
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

// ---- k8_reduce_max: %8 = reduce_max(%7)
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

// ---- k9_stop_gradient: %9 = stop_gradient(%8)
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

// ---- k10_sub: %10 = sub(%7, %9)
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

// ---- k11_exp: %11 = exp(%10)
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

// ---- k12_reduce_sum: %12 = reduce_sum(%11)
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

// ---- k13_log: %13 = log(%12)
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

// ---- k14_one_hot: %14 = one_hot(%label)
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

// ---- k15_reshape: %15 = reshape(%13)
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

// ---- k16_mul: %16 = mul(%10, %14)
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

// ---- k17_reduce_sum: %17 = reduce_sum(%16)
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

// ---- k18_sub: %18 = sub(%15, %17)
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

// ---- k19_reduce_sum: %19 = reduce_sum(%18)
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

// ---- k20_batch_size: %20 = batch_size()
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

// ---- k21_div: %21 = div(%19, %20)
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

// ---- k22_argmax: %22 = argmax(%7)
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

// ---- k23_cast: %23 = cast(%22)
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

// ---- k24_cast: %24 = cast(%label)
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

// ---- k25_equal: %25 = equal(%23, %24)
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

// ---- k26_reduce_sum: %26 = reduce_sum(%25)
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

// ---- k27_constant: %27 = constant()
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

// ---- k28_div: %28 = div(%27, %20)
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

// ---- k29_reshape: %29 = reshape(%28)
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

// ---- k30_broadcast: %30 = broadcast(%29)
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

// ---- k31_neg: %31 = neg(%30)
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

// ---- k32_reshape: %32 = reshape(%31)
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

// ---- k33_broadcast: %33 = broadcast(%32)
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

// ---- k34_reshape: %35 = reshape(%30)
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

// ---- k35_div: %36 = div(%35, %12)
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

// ---- k36_broadcast: %37 = broadcast(%36)
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

// ---- k37_fused_mul_mul_add: %39 = add(%33, %14, %37, %11)
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

// ---- k38_reduce_sum: %40 = reduce_sum(%39)
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

// ---- k39_reshape: %41 = reshape(%40)
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

// ---- k40_matmul: %42 = matmul(%39, %linear3.weight)
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
  let rows = (params.n * 8u) / 8u;
  let inner = 10u;
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
      tileA[(e % 16u) * 32u + e / 16u] = select(0.0, in0[(min(ar, rows - 1u)) * 10u + min(ap, inner - 1u)], ar < rows && ap < inner);
      let bp = p0 + e / 32u;
      let bc = tc + e % 32u;
      tileB[(e / 32u) * 32u + e % 32u] = select(0.0, in1[(min(bp, inner - 1u)) * 8u + min(bc, 7u)], bp < inner && bc < 8u);
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
  if (r0 + 0u < rows && c0 + 0u < 8u) { out[(r0 + 0u) * 8u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 8u) { out[(r0 + 0u) * 8u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 8u) { out[(r0 + 0u) * 8u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 8u) { out[(r0 + 0u) * 8u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 8u) { out[(r0 + 1u) * 8u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 8u) { out[(r0 + 1u) * 8u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 8u) { out[(r0 + 1u) * 8u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 8u) { out[(r0 + 1u) * 8u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 8u) { out[(r0 + 2u) * 8u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 8u) { out[(r0 + 2u) * 8u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 8u) { out[(r0 + 2u) * 8u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 8u) { out[(r0 + 2u) * 8u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 8u) { out[(r0 + 3u) * 8u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 8u) { out[(r0 + 3u) * 8u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 8u) { out[(r0 + 3u) * 8u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 8u) { out[(r0 + 3u) * 8u + c0 + 3u] = acc3[3]; }
}

// ---- k41_matmul: %43 = matmul(%39, %5)
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
      let ar = tr + e % 32u;
      let ap = p0 + e / 32u;
      tileA[(e / 32u) * 32u + e % 32u] = select(0.0, in0[(min(ap, inner - 1u)) * 10u + min(ar, rows - 1u)], ar < rows && ap < inner);
      let bp = p0 + e / 32u;
      let bc = tc + e % 32u;
      tileB[(e / 32u) * 32u + e % 32u] = select(0.0, in1[(min(bp, inner - 1u)) * 8u + min(bc, 7u)], bp < inner && bc < 8u);
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
  if (r0 + 0u < rows && c0 + 0u < 8u) { out[(r0 + 0u) * 8u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 8u) { out[(r0 + 0u) * 8u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 8u) { out[(r0 + 0u) * 8u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 8u) { out[(r0 + 0u) * 8u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 8u) { out[(r0 + 1u) * 8u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 8u) { out[(r0 + 1u) * 8u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 8u) { out[(r0 + 1u) * 8u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 8u) { out[(r0 + 1u) * 8u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 8u) { out[(r0 + 2u) * 8u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 8u) { out[(r0 + 2u) * 8u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 8u) { out[(r0 + 2u) * 8u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 8u) { out[(r0 + 2u) * 8u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 8u) { out[(r0 + 3u) * 8u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 8u) { out[(r0 + 3u) * 8u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 8u) { out[(r0 + 3u) * 8u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 8u) { out[(r0 + 3u) * 8u + c0 + 3u] = acc3[3]; }
}

// ---- k42_fused_step_mul: %45 = mul(%4, %42)
// step → mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 8u) { return; }
  let l0 = in0[i];
  let l1 = in1[i];
  let t0 = select(0.0, 1.0, l0 > 0.0);
  out[i] = (l1 * t0);
}

// ---- k43_reduce_sum: %46 = reduce_sum(%45)
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
  let live = o < 1u * 8u;
  var o_rest = min(o, 1u * 8u - 1u);
  let o1 = o_rest % 8u;
  o_rest = o_rest / 8u;
  let o0 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let base = o1 * 1u;
  var acc = 0.0;
  if (live) {
    for (var e = lane; e < params.n; e += 64u) {
      var rest = e;
      let r0 = rest % params.n;
      rest = rest / params.n;
      let v = in0[base + r0 * 8u];
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

// ---- k44_reshape: %47 = reshape(%46)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 8u) { return; }
  out[i] = in0[i];
}

// ---- k45_matmul: %48 = matmul(%45, %linear2.weight)
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
  let rows = (params.n * 16u) / 16u;
  let inner = 8u;
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
      tileA[(e % 16u) * 32u + e / 16u] = select(0.0, in0[(min(ar, rows - 1u)) * 8u + min(ap, inner - 1u)], ar < rows && ap < inner);
      let bp = p0 + e / 32u;
      let bc = tc + e % 32u;
      tileB[(e / 32u) * 32u + e % 32u] = select(0.0, in1[(min(bp, inner - 1u)) * 16u + min(bc, 15u)], bp < inner && bc < 16u);
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
  if (r0 + 0u < rows && c0 + 0u < 16u) { out[(r0 + 0u) * 16u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 16u) { out[(r0 + 0u) * 16u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 16u) { out[(r0 + 0u) * 16u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 16u) { out[(r0 + 0u) * 16u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 16u) { out[(r0 + 1u) * 16u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 16u) { out[(r0 + 1u) * 16u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 16u) { out[(r0 + 1u) * 16u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 16u) { out[(r0 + 1u) * 16u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 16u) { out[(r0 + 2u) * 16u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 16u) { out[(r0 + 2u) * 16u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 16u) { out[(r0 + 2u) * 16u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 16u) { out[(r0 + 2u) * 16u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 16u) { out[(r0 + 3u) * 16u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 16u) { out[(r0 + 3u) * 16u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 16u) { out[(r0 + 3u) * 16u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 16u) { out[(r0 + 3u) * 16u + c0 + 3u] = acc3[3]; }
}

// ---- k46_matmul: %49 = matmul(%45, %2)
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
  let rows = 8u;
  let inner = params.n;
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
      let ar = tr + e % 32u;
      let ap = p0 + e / 32u;
      tileA[(e / 32u) * 32u + e % 32u] = select(0.0, in0[(min(ap, inner - 1u)) * 8u + min(ar, rows - 1u)], ar < rows && ap < inner);
      let bp = p0 + e / 32u;
      let bc = tc + e % 32u;
      tileB[(e / 32u) * 32u + e % 32u] = select(0.0, in1[(min(bp, inner - 1u)) * 16u + min(bc, 15u)], bp < inner && bc < 16u);
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
  if (r0 + 0u < rows && c0 + 0u < 16u) { out[(r0 + 0u) * 16u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 16u) { out[(r0 + 0u) * 16u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 16u) { out[(r0 + 0u) * 16u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 16u) { out[(r0 + 0u) * 16u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 16u) { out[(r0 + 1u) * 16u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 16u) { out[(r0 + 1u) * 16u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 16u) { out[(r0 + 1u) * 16u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 16u) { out[(r0 + 1u) * 16u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 16u) { out[(r0 + 2u) * 16u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 16u) { out[(r0 + 2u) * 16u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 16u) { out[(r0 + 2u) * 16u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 16u) { out[(r0 + 2u) * 16u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 16u) { out[(r0 + 3u) * 16u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 16u) { out[(r0 + 3u) * 16u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 16u) { out[(r0 + 3u) * 16u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 16u) { out[(r0 + 3u) * 16u + c0 + 3u] = acc3[3]; }
}

// ---- k47_reduce_sum: %50 = reduce_sum(%48)
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
  let live = o < 1u * 16u;
  var o_rest = min(o, 1u * 16u - 1u);
  let o1 = o_rest % 16u;
  o_rest = o_rest / 16u;
  let o0 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let base = o1 * 1u;
  var acc = 0.0;
  if (live) {
    for (var e = lane; e < params.n; e += 64u) {
      var rest = e;
      let r0 = rest % params.n;
      rest = rest / params.n;
      let v = in0[base + r0 * 16u];
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

// ---- k48_reshape: %51 = reshape(%50)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 16u) { return; }
  out[i] = in0[i];
}

// ---- k49_matmul: %52 = matmul(%48, %0)
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
  let rows = 16u;
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
      tileA[(e / 32u) * 32u + e % 32u] = select(0.0, in0[(min(ap, inner - 1u)) * 16u + min(ar, rows - 1u)], ar < rows && ap < inner);
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

// ---- k50_constant: %53 = constant()
// constant
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 1u) { return; }
  out[i] = 0.8999999761581421;
}

// ---- k51_constant: %55 = constant()
// constant
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 1u) { return; }
  out[i] = 0.10000000149011612;
}

// ---- k52_fused_mul_mul_add: %57 = add(%53, %exp_avg.fc1.weight, %55, %52)
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
  if (i >= 16u * 784u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[0u];
  let l3 = in3[i];
  let t0 = (l0 * l1);
  let t1 = (l2 * l3);
  out[i] = (t0 + t1);
}

// ---- k53_constant: %58 = constant()
// constant
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 1u) { return; }
  out[i] = 0.9990000128746033;
}

// ---- k54_constant: %60 = constant()
// constant
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 1u) { return; }
  out[i] = 0.0010000000474974513;
}

// ---- k55_fused_mul_mul_mul_add: %63 = add(%58, %exp_avg_sq.fc1.weight, %52, %60)
// mul → mul → mul → add
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
  if (i >= 16u * 784u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let l3 = in3[0u];
  let t0 = (l0 * l1);
  let t1 = (l2 * l2);
  let t2 = (l3 * t1);
  out[i] = (t0 + t2);
}

// ---- k56_fused_pow_sub_sqrt: %69 = sqrt(%58, %t, %27)
// pow → sub → sqrt
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read> in2: array<f32>;
@group(0) @binding(4) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 1u) { return; }
  let l0 = in0[i];
  let l1 = in1[i];
  let l2 = in2[i];
  let t0 = pow(l0, l1);
  let t1 = (l2 - t0);
  out[i] = sqrt(t1);
}

// ---- k57_constant: %71 = constant()
// constant
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 1u) { return; }
  out[i] = 9.99999993922529e-9;
}

// ---- k58_fused_pow_sub_div: %73 = div(%53, %t, %27, %lr)
// pow → sub → div
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
  if (i >= 1u) { return; }
  let l0 = in0[i];
  let l1 = in1[i];
  let l2 = in2[i];
  let l3 = in3[i];
  let t0 = pow(l0, l1);
  let t1 = (l2 - t0);
  out[i] = (l3 / t1);
}

// ---- k59_fused_sqrt_div_add_div_mul_sub: %76 = sub(%63, %69, %71, %57, %73, %fc1.weight)
// sqrt → div → add → div → mul → sub
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read> in2: array<f32>;
@group(0) @binding(4) var<storage, read> in3: array<f32>;
@group(0) @binding(5) var<storage, read> in4: array<f32>;
@group(0) @binding(6) var<storage, read> in5: array<f32>;
@group(0) @binding(7) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 16u * 784u) { return; }
  let l0 = in0[i];
  let l1 = in1[0u];
  let l2 = in2[0u];
  let l3 = in3[i];
  let l4 = in4[0u];
  let l5 = in5[i];
  let t0 = sqrt(l0);
  let t1 = (t0 / l1);
  let t2 = (t1 + l2);
  let t3 = (l3 / t2);
  let t4 = (l4 * t3);
  out[i] = (l5 - t4);
}

// ---- k60_fused_mul_mul_add: %79 = add(%53, %exp_avg.fc1.bias, %55, %51)
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
  if (i >= 16u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[0u];
  let l3 = in3[i];
  let t0 = (l0 * l1);
  let t1 = (l2 * l3);
  out[i] = (t0 + t1);
}

// ---- k61_fused_mul_mul_mul_add: %83 = add(%58, %exp_avg_sq.fc1.bias, %51, %60)
// mul → mul → mul → add
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
  if (i >= 16u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let l3 = in3[0u];
  let t0 = (l0 * l1);
  let t1 = (l2 * l2);
  let t2 = (l3 * t1);
  out[i] = (t0 + t2);
}

// ---- k62_fused_sqrt_div_add_div_mul_sub: %89 = sub(%83, %69, %71, %79, %73, %fc1.bias)
// sqrt → div → add → div → mul → sub
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read> in2: array<f32>;
@group(0) @binding(4) var<storage, read> in3: array<f32>;
@group(0) @binding(5) var<storage, read> in4: array<f32>;
@group(0) @binding(6) var<storage, read> in5: array<f32>;
@group(0) @binding(7) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 16u) { return; }
  let l0 = in0[i];
  let l1 = in1[0u];
  let l2 = in2[0u];
  let l3 = in3[i];
  let l4 = in4[0u];
  let l5 = in5[i];
  let t0 = sqrt(l0);
  let t1 = (t0 / l1);
  let t2 = (t1 + l2);
  let t3 = (l3 / t2);
  let t4 = (l4 * t3);
  out[i] = (l5 - t4);
}

// ---- k63_fused_mul_mul_add: %92 = add(%53, %exp_avg.linear2.weight, %55, %49)
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
  if (i >= 8u * 16u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[0u];
  let l3 = in3[i];
  let t0 = (l0 * l1);
  let t1 = (l2 * l3);
  out[i] = (t0 + t1);
}

// ---- k64_fused_mul_mul_mul_add: %96 = add(%58, %exp_avg_sq.linear2.weight, %49, %60)
// mul → mul → mul → add
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
  if (i >= 8u * 16u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let l3 = in3[0u];
  let t0 = (l0 * l1);
  let t1 = (l2 * l2);
  let t2 = (l3 * t1);
  out[i] = (t0 + t2);
}

// ---- k65_fused_sqrt_div_add_div_mul_sub: %102 = sub(%96, %69, %71, %92, %73, %linear2.weight)
// sqrt → div → add → div → mul → sub
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read> in2: array<f32>;
@group(0) @binding(4) var<storage, read> in3: array<f32>;
@group(0) @binding(5) var<storage, read> in4: array<f32>;
@group(0) @binding(6) var<storage, read> in5: array<f32>;
@group(0) @binding(7) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 8u * 16u) { return; }
  let l0 = in0[i];
  let l1 = in1[0u];
  let l2 = in2[0u];
  let l3 = in3[i];
  let l4 = in4[0u];
  let l5 = in5[i];
  let t0 = sqrt(l0);
  let t1 = (t0 / l1);
  let t2 = (t1 + l2);
  let t3 = (l3 / t2);
  let t4 = (l4 * t3);
  out[i] = (l5 - t4);
}

// ---- k66_fused_mul_mul_add: %105 = add(%53, %exp_avg.linear2.bias, %55, %47)
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
  if (i >= 8u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[0u];
  let l3 = in3[i];
  let t0 = (l0 * l1);
  let t1 = (l2 * l3);
  out[i] = (t0 + t1);
}

// ---- k67_fused_mul_mul_mul_add: %109 = add(%58, %exp_avg_sq.linear2.bias, %47, %60)
// mul → mul → mul → add
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
  if (i >= 8u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let l3 = in3[0u];
  let t0 = (l0 * l1);
  let t1 = (l2 * l2);
  let t2 = (l3 * t1);
  out[i] = (t0 + t2);
}

// ---- k68_fused_sqrt_div_add_div_mul_sub: %115 = sub(%109, %69, %71, %105, %73, %linear2.bias)
// sqrt → div → add → div → mul → sub
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read> in2: array<f32>;
@group(0) @binding(4) var<storage, read> in3: array<f32>;
@group(0) @binding(5) var<storage, read> in4: array<f32>;
@group(0) @binding(6) var<storage, read> in5: array<f32>;
@group(0) @binding(7) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 8u) { return; }
  let l0 = in0[i];
  let l1 = in1[0u];
  let l2 = in2[0u];
  let l3 = in3[i];
  let l4 = in4[0u];
  let l5 = in5[i];
  let t0 = sqrt(l0);
  let t1 = (t0 / l1);
  let t2 = (t1 + l2);
  let t3 = (l3 / t2);
  let t4 = (l4 * t3);
  out[i] = (l5 - t4);
}

// ---- k69_fused_mul_mul_add: %118 = add(%53, %exp_avg.linear3.weight, %55, %43)
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
  if (i >= 10u * 8u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[0u];
  let l3 = in3[i];
  let t0 = (l0 * l1);
  let t1 = (l2 * l3);
  out[i] = (t0 + t1);
}

// ---- k70_fused_mul_mul_mul_add: %122 = add(%58, %exp_avg_sq.linear3.weight, %43, %60)
// mul → mul → mul → add
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
  if (i >= 10u * 8u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let l3 = in3[0u];
  let t0 = (l0 * l1);
  let t1 = (l2 * l2);
  let t2 = (l3 * t1);
  out[i] = (t0 + t2);
}

// ---- k71_fused_sqrt_div_add_div_mul_sub: %128 = sub(%122, %69, %71, %118, %73, %linear3.weight)
// sqrt → div → add → div → mul → sub
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read> in2: array<f32>;
@group(0) @binding(4) var<storage, read> in3: array<f32>;
@group(0) @binding(5) var<storage, read> in4: array<f32>;
@group(0) @binding(6) var<storage, read> in5: array<f32>;
@group(0) @binding(7) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 10u * 8u) { return; }
  let l0 = in0[i];
  let l1 = in1[0u];
  let l2 = in2[0u];
  let l3 = in3[i];
  let l4 = in4[0u];
  let l5 = in5[i];
  let t0 = sqrt(l0);
  let t1 = (t0 / l1);
  let t2 = (t1 + l2);
  let t3 = (l3 / t2);
  let t4 = (l4 * t3);
  out[i] = (l5 - t4);
}

// ---- k72_fused_mul_mul_add: %131 = add(%53, %exp_avg.linear3.bias, %55, %41)
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
  if (i >= 10u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[0u];
  let l3 = in3[i];
  let t0 = (l0 * l1);
  let t1 = (l2 * l3);
  out[i] = (t0 + t1);
}

// ---- k73_fused_mul_mul_mul_add: %135 = add(%58, %exp_avg_sq.linear3.bias, %41, %60)
// mul → mul → mul → add
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
  if (i >= 10u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let l3 = in3[0u];
  let t0 = (l0 * l1);
  let t1 = (l2 * l2);
  let t2 = (l3 * t1);
  out[i] = (t0 + t2);
}

// ---- k74_fused_sqrt_div_add_div_mul_sub: %141 = sub(%135, %69, %71, %131, %73, %linear3.bias)
// sqrt → div → add → div → mul → sub
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read> in2: array<f32>;
@group(0) @binding(4) var<storage, read> in3: array<f32>;
@group(0) @binding(5) var<storage, read> in4: array<f32>;
@group(0) @binding(6) var<storage, read> in5: array<f32>;
@group(0) @binding(7) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 10u) { return; }
  let l0 = in0[i];
  let l1 = in1[0u];
  let l2 = in2[0u];
  let l3 = in3[i];
  let l4 = in4[0u];
  let l5 = in5[i];
  let t0 = sqrt(l0);
  let t1 = (t0 / l1);
  let t2 = (t1 + l2);
  let t3 = (l3 / t2);
  let t4 = (l4 * t3);
  out[i] = (l5 - t4);
}
