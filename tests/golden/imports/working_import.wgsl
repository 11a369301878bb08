// Mlp.train: 79 kernels for a hardware adapter, dispatched in this order into one command buffer
//   %0 = reshape(%x); one invocation per element of f32[N,784]
//   %1 = matmul(%0, %mlp_block1.linear1.weight); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[N,256]
//   %2 = add(%1, %mlp_block1.linear1.bias); one invocation per element of f32[N,256]
//   %4 = dropout_mask(%seed); one invocation per element of f32[N,256]
//   %5 = relu → mul(%2, %4); one invocation per element of f32[N,256]
//   %6 = matmul(%5, %block.linear1.weight); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[N,128]
//   %7 = add(%6, %block.linear1.bias); one invocation per element of f32[N,128]
//   %9 = dropout_mask(%seed); one invocation per element of f32[N,128]
//   %10 = relu → mul(%7, %9); one invocation per element of f32[N,128]
//   %11 = matmul(%10, %linear1.weight); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[N,10]
//   %12 = add(%11, %linear1.bias); one invocation per element of f32[N,10]
//   %13 = reduce_max(%12); a workgroup of 64 per element of f32[N,1]
//   %14 = stop_gradient(%13); one invocation per element of f32[N,1]
//   %15 = sub(%12, %14); one invocation per element of f32[N,10]
//   %16 = exp(%15); one invocation per element of f32[N,10]
//   %17 = reduce_sum(%16); a workgroup of 64 per element of f32[N,1]
//   %18 = log(%17); one invocation per element of f32[N,1]
//   %19 = one_hot(%y); one invocation per element of f32[N,10]
//   %20 = reshape(%18); one invocation per element of f32[N]
//   %21 = mul(%15, %19); one invocation per element of f32[N,10]
//   %22 = reduce_sum(%21); a workgroup of 64 per element of f32[N]
//   %23 = sub(%20, %22); one invocation per element of f32[N]
//   %24 = reduce_sum(%23); a workgroup of 64 per element of f32[]
//   %25 = batch_size(); one invocation per element of f32[]
//   %26 = div(%24, %25); one invocation per element of f32[]
//   %27 = argmax(%12); a workgroup of 64 per row of i32[N]
//   %28 = cast(%27); one invocation per element of f32[N]
//   %29 = cast(%y); one invocation per element of f32[N]
//   %30 = equal(%28, %29); one invocation per element of f32[N]
//   %31 = reduce_sum(%30); a workgroup of 64 per element of f32[]
//   %32 = constant(); one invocation per element of f32[]
//   %33 = div(%32, %25); one invocation per element of f32[]
//   %34 = reshape(%33); one invocation per element of f32[1]
//   %35 = broadcast(%34); one invocation per element of f32[N]
//   %36 = neg(%35); one invocation per element of f32[N]
//   %37 = reshape(%36); one invocation per element of f32[N,1]
//   %38 = broadcast(%37); one invocation per element of f32[N,10]
//   %40 = reshape(%35); one invocation per element of f32[N,1]
//   %41 = div(%40, %17); one invocation per element of f32[N,1]
//   %42 = broadcast(%41); one invocation per element of f32[N,10]
//   %44 = mul → mul → add(%38, %19, %42, %16); one invocation per element of f32[N,10]
//   %45 = reduce_sum(%44); a workgroup of 64 per element of f32[1,10]
//   %46 = reshape(%45); one invocation per element of f32[10]
//   %47 = matmul(%44, %linear1.weight); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[N,128]
//   %48 = matmul(%44, %10); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[10,128]
//   %51 = mul → step → mul(%47, %9, %7); one invocation per element of f32[N,128]
//   %52 = reduce_sum(%51); a workgroup of 64 per element of f32[1,128]
//   %53 = reshape(%52); one invocation per element of f32[128]
//   %54 = matmul(%51, %block.linear1.weight); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[N,256]
//   %55 = matmul(%51, %5); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[128,256]
//   %58 = mul → step → mul(%54, %4, %2); one invocation per element of f32[N,256]
//   %59 = reduce_sum(%58); a workgroup of 64 per element of f32[1,256]
//   %60 = reshape(%59); one invocation per element of f32[256]
//   %61 = matmul(%58, %0); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[256,784]
//   %62 = constant(); one invocation per element of f32[]
//   %64 = constant(); one invocation per element of f32[]
//   %66 = mul → mul → add(%62, %exp_avg.mlp_block1.linear1.weight, %64, %61); one invocation per element of f32[256,784]
//   %67 = constant(); one invocation per element of f32[]
//   %69 = constant(); one invocation per element of f32[]
//   %72 = mul → mul → mul → add(%67, %exp_avg_sq.mlp_block1.linear1.weight, %61, %69); one invocation per element of f32[256,784]
//   %78 = pow → sub → sqrt(%67, %t, %32); one invocation per element of f32[]
//   %80 = constant(); one invocation per element of f32[]
//   %82 = pow → sub → div(%62, %t, %32, %lr); one invocation per element of f32[]
//   %85 = sqrt → div → add → div → mul → sub(%72, %78, %80, %66, %82, %mlp_block1.linear1.weight); one invocation per element of f32[256,784]
//   %88 = mul → mul → add(%62, %exp_avg.mlp_block1.linear1.bias, %64, %60); one invocation per element of f32[256]
//   %92 = mul → mul → mul → add(%67, %exp_avg_sq.mlp_block1.linear1.bias, %60, %69); one invocation per element of f32[256]
//   %98 = sqrt → div → add → div → mul → sub(%92, %78, %80, %88, %82, %mlp_block1.linear1.bias); one invocation per element of f32[256]
//   %101 = mul → mul → add(%62, %exp_avg.block.linear1.weight, %64, %55); one invocation per element of f32[128,256]
//   %105 = mul → mul → mul → add(%67, %exp_avg_sq.block.linear1.weight, %55, %69); one invocation per element of f32[128,256]
//   %111 = sqrt → div → add → div → mul → sub(%105, %78, %80, %101, %82, %block.linear1.weight); one invocation per element of f32[128,256]
//   %114 = mul → mul → add(%62, %exp_avg.block.linear1.bias, %64, %53); one invocation per element of f32[128]
//   %118 = mul → mul → mul → add(%67, %exp_avg_sq.block.linear1.bias, %53, %69); one invocation per element of f32[128]
//   %124 = sqrt → div → add → div → mul → sub(%118, %78, %80, %114, %82, %block.linear1.bias); one invocation per element of f32[128]
//   %127 = mul → mul → add(%62, %exp_avg.linear1.weight, %64, %48); one invocation per element of f32[10,128]
//   %131 = mul → mul → mul → add(%67, %exp_avg_sq.linear1.weight, %48, %69); one invocation per element of f32[10,128]
//   %137 = sqrt → div → add → div → mul → sub(%131, %78, %80, %127, %82, %linear1.weight); one invocation per element of f32[10,128]
//   %140 = mul → mul → add(%62, %exp_avg.linear1.bias, %64, %46); one invocation per element of f32[10]
//   %144 = mul → mul → mul → add(%67, %exp_avg_sq.linear1.bias, %46, %69); one invocation per element of f32[10]
//   %150 = sqrt → div → add → div → mul → sub(%144, %78, %80, %140, %82, %linear1.bias); one invocation per element of f32[10]

// ---- k0_reshape: %0 = reshape(%x)
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

// ---- k1_matmul: %1 = matmul(%0, %mlp_block1.linear1.weight)
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
  let rows = (params.n * 256u) / 256u;
  let inner = 784u;
  let group = i / 64u;
  let lane = i % 64u;
  let tr = (group / 8u) * 32u;
  let tc = (group % 8u) * 32u;
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
      tileB[(e % 16u) * 32u + e / 16u] = select(0.0, in1[(min(bc, 255u)) * 784u + min(bp, inner - 1u)], bp < inner && bc < 256u);
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
  if (r0 + 0u < rows && c0 + 0u < 256u) { out[(r0 + 0u) * 256u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 256u) { out[(r0 + 0u) * 256u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 256u) { out[(r0 + 0u) * 256u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 256u) { out[(r0 + 0u) * 256u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 256u) { out[(r0 + 1u) * 256u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 256u) { out[(r0 + 1u) * 256u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 256u) { out[(r0 + 1u) * 256u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 256u) { out[(r0 + 1u) * 256u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 256u) { out[(r0 + 2u) * 256u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 256u) { out[(r0 + 2u) * 256u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 256u) { out[(r0 + 2u) * 256u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 256u) { out[(r0 + 2u) * 256u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 256u) { out[(r0 + 3u) * 256u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 256u) { out[(r0 + 3u) * 256u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 256u) { out[(r0 + 3u) * 256u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 256u) { out[(r0 + 3u) * 256u + c0 + 3u] = acc3[3]; }
}

// ---- k2_add: %2 = add(%1, %mlp_block1.linear1.bias)
// add
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 256u) { return; }
  var o_rest = i;
  let o1 = o_rest % 256u;
  o_rest = o_rest / 256u;
  let o0 = o_rest % params.n;
  o_rest = o_rest / params.n;
  let l0 = in0[i];
  let l1 = in1[o1 * 1u];
  out[i] = (l0 + l1);
}

// ---- k3_dropout_mask: %4 = dropout_mask(%seed)
// dropout_mask
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<i32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 256u) { return; }
  let s = bitcast<u32>(in0[0]) ^ (3u * 0x85ebca6bu);
  var x = i ^ (s * 0x9e3779b9u);
  x = (x ^ (x >> 16u)) * 0x7feb352du;
  x = (x ^ (x >> 15u)) * 0x846ca68bu;
  x = x ^ (x >> 16u);
  let u = f32(x >> 8u) / 16777216.0;
  out[i] = select(1.25, 0.0, u < 0.20000000298023224);
}

// ---- k4_fused_relu_mul: %5 = mul(%2, %4)
// relu → mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 256u) { return; }
  let l0 = in0[i];
  let l1 = in1[i];
  let t0 = max(l0, 0.0);
  out[i] = (t0 * l1);
}

// ---- k5_matmul: %6 = matmul(%5, %block.linear1.weight)
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
  let inner = 256u;
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
      tileA[(e % 16u) * 32u + e / 16u] = select(0.0, in0[(min(ar, rows - 1u)) * 256u + min(ap, inner - 1u)], ar < rows && ap < inner);
      let bp = p0 + e % 16u;
      let bc = tc + e / 16u;
      tileB[(e % 16u) * 32u + e / 16u] = select(0.0, in1[(min(bc, 127u)) * 256u + min(bp, inner - 1u)], bp < inner && bc < 128u);
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

// ---- k6_add: %7 = add(%6, %block.linear1.bias)
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

// ---- k7_dropout_mask: %9 = dropout_mask(%seed)
// dropout_mask
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<i32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 128u) { return; }
  let s = bitcast<u32>(in0[0]) ^ (6u * 0x85ebca6bu);
  var x = i ^ (s * 0x9e3779b9u);
  x = (x ^ (x >> 16u)) * 0x7feb352du;
  x = (x ^ (x >> 15u)) * 0x846ca68bu;
  x = x ^ (x >> 16u);
  let u = f32(x >> 8u) / 16777216.0;
  out[i] = select(2.0, 0.0, u < 0.5);
}

// ---- k8_fused_relu_mul: %10 = mul(%7, %9)
// relu → mul
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
  let t0 = max(l0, 0.0);
  out[i] = (t0 * l1);
}

// ---- k9_matmul: %11 = matmul(%10, %linear1.weight)
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

// ---- k10_add: %12 = add(%11, %linear1.bias)
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

// ---- k11_reduce_max: %13 = reduce_max(%12)
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

// ---- k12_stop_gradient: %14 = stop_gradient(%13)
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

// ---- k13_sub: %15 = sub(%12, %14)
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

// ---- k14_exp: %16 = exp(%15)
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

// ---- k15_reduce_sum: %17 = reduce_sum(%16)
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

// ---- k16_log: %18 = log(%17)
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

// ---- k17_one_hot: %19 = one_hot(%y)
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

// ---- k18_reshape: %20 = reshape(%18)
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

// ---- k19_mul: %21 = mul(%15, %19)
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

// ---- k20_reduce_sum: %22 = reduce_sum(%21)
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

// ---- k21_sub: %23 = sub(%20, %22)
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

// ---- k22_reduce_sum: %24 = reduce_sum(%23)
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

// ---- k23_batch_size: %25 = batch_size()
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

// ---- k24_div: %26 = div(%24, %25)
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

// ---- k25_argmax: %27 = argmax(%12)
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

// ---- k26_cast: %28 = cast(%27)
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

// ---- k27_cast: %29 = cast(%y)
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

// ---- k28_equal: %30 = equal(%28, %29)
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

// ---- k29_reduce_sum: %31 = reduce_sum(%30)
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

// ---- k30_constant: %32 = constant()
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

// ---- k31_div: %33 = div(%32, %25)
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

// ---- k32_reshape: %34 = reshape(%33)
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

// ---- k33_broadcast: %35 = broadcast(%34)
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

// ---- k34_neg: %36 = neg(%35)
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

// ---- k35_reshape: %37 = reshape(%36)
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

// ---- k36_broadcast: %38 = broadcast(%37)
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

// ---- k37_reshape: %40 = reshape(%35)
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

// ---- k38_div: %41 = div(%40, %17)
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

// ---- k39_broadcast: %42 = broadcast(%41)
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

// ---- k40_fused_mul_mul_add: %44 = add(%38, %19, %42, %16)
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

// ---- k41_reduce_sum: %45 = reduce_sum(%44)
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

// ---- k42_reshape: %46 = reshape(%45)
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

// ---- k43_matmul: %47 = matmul(%44, %linear1.weight)
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

// ---- k44_matmul: %48 = matmul(%44, %10)
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

// ---- k45_fused_mul_step_mul: %51 = mul(%47, %9, %7)
// mul → step → mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read> in2: array<f32>;
@group(0) @binding(4) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 128u) { return; }
  let l0 = in0[i];
  let l1 = in1[i];
  let l2 = in2[i];
  let t0 = (l0 * l1);
  let t1 = select(0.0, 1.0, l2 > 0.0);
  out[i] = (t0 * t1);
}

// ---- k46_reduce_sum: %52 = reduce_sum(%51)
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

// ---- k47_reshape: %53 = reshape(%52)
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

// ---- k48_matmul: %54 = matmul(%51, %block.linear1.weight)
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
  let rows = (params.n * 256u) / 256u;
  let inner = 128u;
  let group = i / 64u;
  let lane = i % 64u;
  let tr = (group / 8u) * 32u;
  let tc = (group % 8u) * 32u;
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
      let bp = p0 + e / 32u;
      let bc = tc + e % 32u;
      tileB[(e / 32u) * 32u + e % 32u] = select(0.0, in1[(min(bp, inner - 1u)) * 256u + min(bc, 255u)], bp < inner && bc < 256u);
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
  if (r0 + 0u < rows && c0 + 0u < 256u) { out[(r0 + 0u) * 256u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 256u) { out[(r0 + 0u) * 256u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 256u) { out[(r0 + 0u) * 256u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 256u) { out[(r0 + 0u) * 256u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 256u) { out[(r0 + 1u) * 256u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 256u) { out[(r0 + 1u) * 256u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 256u) { out[(r0 + 1u) * 256u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 256u) { out[(r0 + 1u) * 256u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 256u) { out[(r0 + 2u) * 256u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 256u) { out[(r0 + 2u) * 256u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 256u) { out[(r0 + 2u) * 256u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 256u) { out[(r0 + 2u) * 256u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 256u) { out[(r0 + 3u) * 256u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 256u) { out[(r0 + 3u) * 256u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 256u) { out[(r0 + 3u) * 256u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 256u) { out[(r0 + 3u) * 256u + c0 + 3u] = acc3[3]; }
}

// ---- k49_matmul: %55 = matmul(%51, %5)
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
  let tr = (group / 8u) * 32u;
  let tc = (group % 8u) * 32u;
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
      tileB[(e / 32u) * 32u + e % 32u] = select(0.0, in1[(min(bp, inner - 1u)) * 256u + min(bc, 255u)], bp < inner && bc < 256u);
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
  if (r0 + 0u < rows && c0 + 0u < 256u) { out[(r0 + 0u) * 256u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 256u) { out[(r0 + 0u) * 256u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 256u) { out[(r0 + 0u) * 256u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 256u) { out[(r0 + 0u) * 256u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 256u) { out[(r0 + 1u) * 256u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 256u) { out[(r0 + 1u) * 256u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 256u) { out[(r0 + 1u) * 256u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 256u) { out[(r0 + 1u) * 256u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 256u) { out[(r0 + 2u) * 256u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 256u) { out[(r0 + 2u) * 256u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 256u) { out[(r0 + 2u) * 256u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 256u) { out[(r0 + 2u) * 256u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 256u) { out[(r0 + 3u) * 256u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 256u) { out[(r0 + 3u) * 256u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 256u) { out[(r0 + 3u) * 256u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 256u) { out[(r0 + 3u) * 256u + c0 + 3u] = acc3[3]; }
}

// ---- k50_fused_mul_step_mul: %58 = mul(%54, %4, %2)
// mul → step → mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read> in2: array<f32>;
@group(0) @binding(4) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 256u) { return; }
  let l0 = in0[i];
  let l1 = in1[i];
  let l2 = in2[i];
  let t0 = (l0 * l1);
  let t1 = select(0.0, 1.0, l2 > 0.0);
  out[i] = (t0 * t1);
}

// ---- k51_reduce_sum: %59 = reduce_sum(%58)
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
  let live = o < 1u * 256u;
  var o_rest = min(o, 1u * 256u - 1u);
  let o1 = o_rest % 256u;
  o_rest = o_rest / 256u;
  let o0 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let base = o1 * 1u;
  var acc = 0.0;
  if (live) {
    for (var e = lane; e < params.n; e += 64u) {
      var rest = e;
      let r0 = rest % params.n;
      rest = rest / params.n;
      let v = in0[base + r0 * 256u];
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

// ---- k52_reshape: %60 = reshape(%59)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 256u) { return; }
  out[i] = in0[i];
}

// ---- k53_matmul: %61 = matmul(%58, %0)
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
  let rows = 256u;
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
      tileA[(e / 32u) * 32u + e % 32u] = select(0.0, in0[(min(ap, inner - 1u)) * 256u + min(ar, rows - 1u)], ar < rows && ap < inner);
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

// ---- k54_constant: %62 = constant()
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

// ---- k55_constant: %64 = constant()
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

// ---- k56_fused_mul_mul_add: %66 = add(%62, %exp_avg.mlp_block1.linear1.weight, %64, %61)
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
  if (i >= 256u * 784u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[0u];
  let l3 = in3[i];
  let t0 = (l0 * l1);
  let t1 = (l2 * l3);
  out[i] = (t0 + t1);
}

// ---- k57_constant: %67 = constant()
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

// ---- k58_constant: %69 = constant()
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

// ---- k59_fused_mul_mul_mul_add: %72 = add(%67, %exp_avg_sq.mlp_block1.linear1.weight, %61, %69)
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
  if (i >= 256u * 784u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let l3 = in3[0u];
  let t0 = (l0 * l1);
  let t1 = (l2 * l2);
  let t2 = (l3 * t1);
  out[i] = (t0 + t2);
}

// ---- k60_fused_pow_sub_sqrt: %78 = sqrt(%67, %t, %32)
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

// ---- k61_constant: %80 = constant()
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

// ---- k62_fused_pow_sub_div: %82 = div(%62, %t, %32, %lr)
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

// ---- k63_fused_sqrt_div_add_div_mul_sub: %85 = sub(%72, %78, %80, %66, %82, %mlp_block1.linear1.weight)
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
  if (i >= 256u * 784u) { return; }
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

// ---- k64_fused_mul_mul_add: %88 = add(%62, %exp_avg.mlp_block1.linear1.bias, %64, %60)
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
  if (i >= 256u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[0u];
  let l3 = in3[i];
  let t0 = (l0 * l1);
  let t1 = (l2 * l3);
  out[i] = (t0 + t1);
}

// ---- k65_fused_mul_mul_mul_add: %92 = add(%67, %exp_avg_sq.mlp_block1.linear1.bias, %60, %69)
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
  if (i >= 256u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let l3 = in3[0u];
  let t0 = (l0 * l1);
  let t1 = (l2 * l2);
  let t2 = (l3 * t1);
  out[i] = (t0 + t2);
}

// ---- k66_fused_sqrt_div_add_div_mul_sub: %98 = sub(%92, %78, %80, %88, %82, %mlp_block1.linear1.bias)
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
  if (i >= 256u) { return; }
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

// ---- k67_fused_mul_mul_add: %101 = add(%62, %exp_avg.block.linear1.weight, %64, %55)
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
  if (i >= 128u * 256u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[0u];
  let l3 = in3[i];
  let t0 = (l0 * l1);
  let t1 = (l2 * l3);
  out[i] = (t0 + t1);
}

// ---- k68_fused_mul_mul_mul_add: %105 = add(%67, %exp_avg_sq.block.linear1.weight, %55, %69)
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
  if (i >= 128u * 256u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let l3 = in3[0u];
  let t0 = (l0 * l1);
  let t1 = (l2 * l2);
  let t2 = (l3 * t1);
  out[i] = (t0 + t2);
}

// ---- k69_fused_sqrt_div_add_div_mul_sub: %111 = sub(%105, %78, %80, %101, %82, %block.linear1.weight)
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
  if (i >= 128u * 256u) { return; }
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

// ---- k70_fused_mul_mul_add: %114 = add(%62, %exp_avg.block.linear1.bias, %64, %53)
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
  if (i >= 128u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[0u];
  let l3 = in3[i];
  let t0 = (l0 * l1);
  let t1 = (l2 * l3);
  out[i] = (t0 + t1);
}

// ---- k71_fused_mul_mul_mul_add: %118 = add(%67, %exp_avg_sq.block.linear1.bias, %53, %69)
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
  if (i >= 128u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let l3 = in3[0u];
  let t0 = (l0 * l1);
  let t1 = (l2 * l2);
  let t2 = (l3 * t1);
  out[i] = (t0 + t2);
}

// ---- k72_fused_sqrt_div_add_div_mul_sub: %124 = sub(%118, %78, %80, %114, %82, %block.linear1.bias)
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
  if (i >= 128u) { return; }
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

// ---- k73_fused_mul_mul_add: %127 = add(%62, %exp_avg.linear1.weight, %64, %48)
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
  if (i >= 10u * 128u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[0u];
  let l3 = in3[i];
  let t0 = (l0 * l1);
  let t1 = (l2 * l3);
  out[i] = (t0 + t1);
}

// ---- k74_fused_mul_mul_mul_add: %131 = add(%67, %exp_avg_sq.linear1.weight, %48, %69)
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
  if (i >= 10u * 128u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let l3 = in3[0u];
  let t0 = (l0 * l1);
  let t1 = (l2 * l2);
  let t2 = (l3 * t1);
  out[i] = (t0 + t2);
}

// ---- k75_fused_sqrt_div_add_div_mul_sub: %137 = sub(%131, %78, %80, %127, %82, %linear1.weight)
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
  if (i >= 10u * 128u) { return; }
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

// ---- k76_fused_mul_mul_add: %140 = add(%62, %exp_avg.linear1.bias, %64, %46)
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

// ---- k77_fused_mul_mul_mul_add: %144 = add(%67, %exp_avg_sq.linear1.bias, %46, %69)
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

// ---- k78_fused_sqrt_div_add_div_mul_sub: %150 = sub(%144, %78, %80, %140, %82, %linear1.bias)
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
