// Spiral.train: 53 kernels for a hardware adapter, dispatched in this order into one command buffer
//   %0 = matmul(%point, %hidden.weight); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[N,100]
//   %1 = add(%0, %hidden.bias); one invocation per element of f32[N,100]
//   %2 = relu(%1); one invocation per element of f32[N,100]
//   %3 = matmul(%2, %scores.weight); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[N,3]
//   %4 = add(%3, %scores.bias); one invocation per element of f32[N,3]
//   %5 = reduce_max(%4); a workgroup of 64 per element of f32[N,1]
//   %6 = stop_gradient(%5); one invocation per element of f32[N,1]
//   %7 = sub(%4, %6); one invocation per element of f32[N,3]
//   %8 = exp(%7); one invocation per element of f32[N,3]
//   %9 = reduce_sum(%8); a workgroup of 64 per element of f32[N,1]
//   %10 = log(%9); one invocation per element of f32[N,1]
//   %11 = one_hot(%arm); one invocation per element of f32[N,3]
//   %12 = reshape(%10); one invocation per element of f32[N]
//   %13 = mul(%7, %11); one invocation per element of f32[N,3]
//   %14 = reduce_sum(%13); a workgroup of 64 per element of f32[N]
//   %15 = sub(%12, %14); one invocation per element of f32[N]
//   %16 = reduce_sum(%15); a workgroup of 64 per element of f32[]
//   %17 = batch_size(); one invocation per element of f32[]
//   %18 = div(%16, %17); one invocation per element of f32[]
//   %19 = constant(); one invocation per element of f32[]
//   %20 = argmax(%4); a workgroup of 64 per row of i32[N]
//   %21 = cast(%20); one invocation per element of f32[N]
//   %22 = cast(%arm); one invocation per element of f32[N]
//   %23 = equal(%21, %22); one invocation per element of f32[N]
//   %24 = reduce_sum(%23); a workgroup of 64 per element of f32[]
//   %25 = constant(); one invocation per element of f32[]
//   %26 = reshape(%19); one invocation per element of f32[1,1]
//   %27 = broadcast(%26); one invocation per element of f32[3,100]
//   %28 = mul(%27, %scores.weight); one invocation per element of f32[3,100]
//   %30 = broadcast(%26); one invocation per element of f32[100,2]
//   %31 = mul(%30, %hidden.weight); one invocation per element of f32[100,2]
//   %33 = div(%25, %17); one invocation per element of f32[]
//   %34 = reshape(%33); one invocation per element of f32[1]
//   %35 = broadcast(%34); one invocation per element of f32[N]
//   %36 = neg(%35); one invocation per element of f32[N]
//   %37 = reshape(%36); one invocation per element of f32[N,1]
//   %38 = broadcast(%37); one invocation per element of f32[N,3]
//   %40 = reshape(%35); one invocation per element of f32[N,1]
//   %41 = div(%40, %9); one invocation per element of f32[N,1]
//   %42 = broadcast(%41); one invocation per element of f32[N,3]
//   %44 = mul → mul → add(%38, %11, %42, %8); one invocation per element of f32[N,3]
//   %45 = reduce_sum(%44); a workgroup of 64 per element of f32[1,3]
//   %46 = reshape(%45); one invocation per element of f32[3]
//   %47 = matmul(%44, %scores.weight); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[N,100]
//   %48 = matmul(%44, %2); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[3,100]
//   %51 = step → mul(%1, %47); one invocation per element of f32[N,100]
//   %52 = reduce_sum(%51); a workgroup of 64 per element of f32[1,100]
//   %53 = reshape(%52); one invocation per element of f32[100]
//   %54 = matmul(%51, %point); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[100,2]
//   %57 = add → add → mul → sub(%31, %54, %lr, %hidden.weight); one invocation per element of f32[100,2]
//   %59 = mul → sub(%lr, %53, %hidden.bias); one invocation per element of f32[100]
//   %61 = add → add → mul → sub(%28, %48, %lr, %scores.weight); one invocation per element of f32[3,100]
//   %63 = mul → sub(%lr, %46, %scores.bias); one invocation per element of f32[3]

// ---- k0_matmul: %0 = matmul(%point, %hidden.weight)
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
  let rows = (params.n * 100u) / 100u;
  let inner = 2u;
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
      tileA[(e % 16u) * 32u + e / 16u] = select(0.0, in0[(min(ar, rows - 1u)) * 2u + min(ap, inner - 1u)], ar < rows && ap < inner);
      let bp = p0 + e % 16u;
      let bc = tc + e / 16u;
      tileB[(e % 16u) * 32u + e / 16u] = select(0.0, in1[(min(bc, 99u)) * 2u + min(bp, inner - 1u)], bp < inner && bc < 100u);
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
  if (r0 + 0u < rows && c0 + 0u < 100u) { out[(r0 + 0u) * 100u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 100u) { out[(r0 + 0u) * 100u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 100u) { out[(r0 + 0u) * 100u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 100u) { out[(r0 + 0u) * 100u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 100u) { out[(r0 + 1u) * 100u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 100u) { out[(r0 + 1u) * 100u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 100u) { out[(r0 + 1u) * 100u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 100u) { out[(r0 + 1u) * 100u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 100u) { out[(r0 + 2u) * 100u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 100u) { out[(r0 + 2u) * 100u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 100u) { out[(r0 + 2u) * 100u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 100u) { out[(r0 + 2u) * 100u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 100u) { out[(r0 + 3u) * 100u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 100u) { out[(r0 + 3u) * 100u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 100u) { out[(r0 + 3u) * 100u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 100u) { out[(r0 + 3u) * 100u + c0 + 3u] = acc3[3]; }
}

// ---- k1_add: %1 = add(%0, %hidden.bias)
// add
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 100u) { return; }
  var o_rest = i;
  let o1 = o_rest % 100u;
  o_rest = o_rest / 100u;
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
  if (i >= params.n * 100u) { return; }
  let l0 = in0[i];
  out[i] = max(l0, 0.0);
}

// ---- k3_matmul: %3 = matmul(%2, %scores.weight)
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
  let rows = (params.n * 3u) / 3u;
  let inner = 100u;
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
      tileA[(e % 16u) * 32u + e / 16u] = select(0.0, in0[(min(ar, rows - 1u)) * 100u + min(ap, inner - 1u)], ar < rows && ap < inner);
      let bp = p0 + e % 16u;
      let bc = tc + e / 16u;
      tileB[(e % 16u) * 32u + e / 16u] = select(0.0, in1[(min(bc, 2u)) * 100u + min(bp, inner - 1u)], bp < inner && bc < 3u);
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
  if (r0 + 0u < rows && c0 + 0u < 3u) { out[(r0 + 0u) * 3u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 3u) { out[(r0 + 0u) * 3u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 3u) { out[(r0 + 0u) * 3u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 3u) { out[(r0 + 0u) * 3u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 3u) { out[(r0 + 1u) * 3u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 3u) { out[(r0 + 1u) * 3u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 3u) { out[(r0 + 1u) * 3u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 3u) { out[(r0 + 1u) * 3u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 3u) { out[(r0 + 2u) * 3u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 3u) { out[(r0 + 2u) * 3u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 3u) { out[(r0 + 2u) * 3u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 3u) { out[(r0 + 2u) * 3u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 3u) { out[(r0 + 3u) * 3u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 3u) { out[(r0 + 3u) * 3u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 3u) { out[(r0 + 3u) * 3u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 3u) { out[(r0 + 3u) * 3u + c0 + 3u] = acc3[3]; }
}

// ---- k4_add: %4 = add(%3, %scores.bias)
// add
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 3u) { return; }
  var o_rest = i;
  let o1 = o_rest % 3u;
  o_rest = o_rest / 3u;
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
  let base = o0 * 3u;
  var acc = bitcast<f32>(0xff7fffffu);
  if (live) {
    for (var e = lane; e < 3u; e += 64u) {
      var rest = e;
      let r1 = rest % 3u;
      rest = rest / 3u;
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

// ---- k7_sub: %7 = sub(%4, %6)
// sub
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 3u) { return; }
  var o_rest = i;
  let o1 = o_rest % 3u;
  o_rest = o_rest / 3u;
  let o0 = o_rest % params.n;
  o_rest = o_rest / params.n;
  let l0 = in0[i];
  let l1 = in1[o0 * 1u];
  out[i] = (l0 - l1);
}

// ---- k8_exp: %8 = exp(%7)
// exp
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 3u) { return; }
  let l0 = in0[i];
  out[i] = exp(l0);
}

// ---- k9_reduce_sum: %9 = reduce_sum(%8)
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
  let base = o0 * 3u;
  var acc = 0.0;
  if (live) {
    for (var e = lane; e < 3u; e += 64u) {
      var rest = e;
      let r1 = rest % 3u;
      rest = rest / 3u;
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

// ---- k10_log: %10 = log(%9)
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

// ---- k11_one_hot: %11 = one_hot(%arm)
// one_hot
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<i32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 3u) { return; }
  out[i] = select(0.0, 1.0, in0[i / 3u] == i32(i % 3u));
}

// ---- k12_reshape: %12 = reshape(%10)
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

// ---- k13_mul: %13 = mul(%7, %11)
// mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 3u) { return; }
  let l0 = in0[i];
  let l1 = in1[i];
  out[i] = (l0 * l1);
}

// ---- k14_reduce_sum: %14 = reduce_sum(%13)
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
  let base = o0 * 3u;
  var acc = 0.0;
  if (live) {
    for (var e = lane; e < 3u; e += 64u) {
      var rest = e;
      let r1 = rest % 3u;
      rest = rest / 3u;
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

// ---- k15_sub: %15 = sub(%12, %14)
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

// ---- k16_reduce_sum: %16 = reduce_sum(%15)
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

// ---- k17_batch_size: %17 = batch_size()
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

// ---- k18_div: %18 = div(%16, %17)
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

// ---- k19_constant: %19 = constant()
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

// ---- k20_argmax: %20 = argmax(%4)
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
  let row = min(o, params.n - 1u) * 3u;
  var bestV = 0.0;
  var best = -1i;
  for (var j = lane; j < 3u; j += 64u) {
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

// ---- k21_cast: %21 = cast(%20)
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

// ---- k22_cast: %22 = cast(%arm)
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

// ---- k23_equal: %23 = equal(%21, %22)
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

// ---- k24_reduce_sum: %24 = reduce_sum(%23)
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

// ---- k25_constant: %25 = constant()
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

// ---- k26_reshape: %26 = reshape(%19)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 1u * 1u) { return; }
  out[i] = in0[i];
}

// ---- k27_broadcast: %27 = broadcast(%26)
// broadcast
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 3u * 100u) { return; }
  var o_rest = i;
  let o1 = o_rest % 100u;
  o_rest = o_rest / 100u;
  let o0 = o_rest % 3u;
  o_rest = o_rest / 3u;
  out[i] = in0[0u];
}

// ---- k28_mul: %28 = mul(%27, %scores.weight)
// mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 3u * 100u) { return; }
  let l0 = in0[i];
  let l1 = in1[i];
  out[i] = (l0 * l1);
}

// ---- k29_broadcast: %30 = broadcast(%26)
// broadcast
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 100u * 2u) { return; }
  var o_rest = i;
  let o1 = o_rest % 2u;
  o_rest = o_rest / 2u;
  let o0 = o_rest % 100u;
  o_rest = o_rest / 100u;
  out[i] = in0[0u];
}

// ---- k30_mul: %31 = mul(%30, %hidden.weight)
// mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 100u * 2u) { return; }
  let l0 = in0[i];
  let l1 = in1[i];
  out[i] = (l0 * l1);
}

// ---- k31_div: %33 = div(%25, %17)
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
  if (i >= params.n * 3u) { return; }
  var o_rest = i;
  let o1 = o_rest % 3u;
  o_rest = o_rest / 3u;
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

// ---- k38_div: %41 = div(%40, %9)
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
  if (i >= params.n * 3u) { return; }
  var o_rest = i;
  let o1 = o_rest % 3u;
  o_rest = o_rest / 3u;
  let o0 = o_rest % params.n;
  o_rest = o_rest / params.n;
  out[i] = in0[o0 * 1u];
}

// ---- k40_fused_mul_mul_add: %44 = add(%38, %11, %42, %8)
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
  if (i >= params.n * 3u) { return; }
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
  let live = o < 1u * 3u;
  var o_rest = min(o, 1u * 3u - 1u);
  let o1 = o_rest % 3u;
  o_rest = o_rest / 3u;
  let o0 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let base = o1 * 1u;
  var acc = 0.0;
  if (live) {
    for (var e = lane; e < params.n; e += 64u) {
      var rest = e;
      let r0 = rest % params.n;
      rest = rest / params.n;
      let v = in0[base + r0 * 3u];
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
  if (i >= 3u) { return; }
  out[i] = in0[i];
}

// ---- k43_matmul: %47 = matmul(%44, %scores.weight)
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
  let rows = (params.n * 100u) / 100u;
  let inner = 3u;
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
      tileA[(e % 16u) * 32u + e / 16u] = select(0.0, in0[(min(ar, rows - 1u)) * 3u + min(ap, inner - 1u)], ar < rows && ap < inner);
      let bp = p0 + e / 32u;
      let bc = tc + e % 32u;
      tileB[(e / 32u) * 32u + e % 32u] = select(0.0, in1[(min(bp, inner - 1u)) * 100u + min(bc, 99u)], bp < inner && bc < 100u);
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
  if (r0 + 0u < rows && c0 + 0u < 100u) { out[(r0 + 0u) * 100u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 100u) { out[(r0 + 0u) * 100u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 100u) { out[(r0 + 0u) * 100u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 100u) { out[(r0 + 0u) * 100u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 100u) { out[(r0 + 1u) * 100u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 100u) { out[(r0 + 1u) * 100u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 100u) { out[(r0 + 1u) * 100u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 100u) { out[(r0 + 1u) * 100u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 100u) { out[(r0 + 2u) * 100u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 100u) { out[(r0 + 2u) * 100u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 100u) { out[(r0 + 2u) * 100u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 100u) { out[(r0 + 2u) * 100u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 100u) { out[(r0 + 3u) * 100u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 100u) { out[(r0 + 3u) * 100u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 100u) { out[(r0 + 3u) * 100u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 100u) { out[(r0 + 3u) * 100u + c0 + 3u] = acc3[3]; }
}

// ---- k44_matmul: %48 = matmul(%44, %2)
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
  let rows = 3u;
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
      tileA[(e / 32u) * 32u + e % 32u] = select(0.0, in0[(min(ap, inner - 1u)) * 3u + min(ar, rows - 1u)], ar < rows && ap < inner);
      let bp = p0 + e / 32u;
      let bc = tc + e % 32u;
      tileB[(e / 32u) * 32u + e % 32u] = select(0.0, in1[(min(bp, inner - 1u)) * 100u + min(bc, 99u)], bp < inner && bc < 100u);
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
  if (r0 + 0u < rows && c0 + 0u < 100u) { out[(r0 + 0u) * 100u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 100u) { out[(r0 + 0u) * 100u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 100u) { out[(r0 + 0u) * 100u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 100u) { out[(r0 + 0u) * 100u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 100u) { out[(r0 + 1u) * 100u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 100u) { out[(r0 + 1u) * 100u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 100u) { out[(r0 + 1u) * 100u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 100u) { out[(r0 + 1u) * 100u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 100u) { out[(r0 + 2u) * 100u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 100u) { out[(r0 + 2u) * 100u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 100u) { out[(r0 + 2u) * 100u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 100u) { out[(r0 + 2u) * 100u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 100u) { out[(r0 + 3u) * 100u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 100u) { out[(r0 + 3u) * 100u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 100u) { out[(r0 + 3u) * 100u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 100u) { out[(r0 + 3u) * 100u + c0 + 3u] = acc3[3]; }
}

// ---- k45_fused_step_mul: %51 = mul(%1, %47)
// step → mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 100u) { return; }
  let l0 = in0[i];
  let l1 = in1[i];
  let t0 = select(0.0, 1.0, l0 > 0.0);
  out[i] = (l1 * t0);
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
  let live = o < 1u * 100u;
  var o_rest = min(o, 1u * 100u - 1u);
  let o1 = o_rest % 100u;
  o_rest = o_rest / 100u;
  let o0 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let base = o1 * 1u;
  var acc = 0.0;
  if (live) {
    for (var e = lane; e < params.n; e += 64u) {
      var rest = e;
      let r0 = rest % params.n;
      rest = rest / params.n;
      let v = in0[base + r0 * 100u];
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
  if (i >= 100u) { return; }
  out[i] = in0[i];
}

// ---- k48_matmul: %54 = matmul(%51, %point)
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
  let rows = 100u;
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
      tileA[(e / 32u) * 32u + e % 32u] = select(0.0, in0[(min(ap, inner - 1u)) * 100u + min(ar, rows - 1u)], ar < rows && ap < inner);
      let bp = p0 + e / 32u;
      let bc = tc + e % 32u;
      tileB[(e / 32u) * 32u + e % 32u] = select(0.0, in1[(min(bp, inner - 1u)) * 2u + min(bc, 1u)], bp < inner && bc < 2u);
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
  if (r0 + 0u < rows && c0 + 0u < 2u) { out[(r0 + 0u) * 2u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 2u) { out[(r0 + 0u) * 2u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 2u) { out[(r0 + 0u) * 2u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 2u) { out[(r0 + 0u) * 2u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 2u) { out[(r0 + 1u) * 2u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 2u) { out[(r0 + 1u) * 2u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 2u) { out[(r0 + 1u) * 2u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 2u) { out[(r0 + 1u) * 2u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 2u) { out[(r0 + 2u) * 2u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 2u) { out[(r0 + 2u) * 2u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 2u) { out[(r0 + 2u) * 2u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 2u) { out[(r0 + 2u) * 2u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 2u) { out[(r0 + 3u) * 2u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 2u) { out[(r0 + 3u) * 2u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 2u) { out[(r0 + 3u) * 2u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 2u) { out[(r0 + 3u) * 2u + c0 + 3u] = acc3[3]; }
}

// ---- k49_fused_add_add_mul_sub: %57 = sub(%31, %54, %lr, %hidden.weight)
// add → add → mul → sub
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
  if (i >= 100u * 2u) { return; }
  let l0 = in0[i];
  let l1 = in1[i];
  let l2 = in2[0u];
  let l3 = in3[i];
  let t0 = (l0 + l0);
  let t1 = (t0 + l1);
  let t2 = (l2 * t1);
  out[i] = (l3 - t2);
}

// ---- k50_fused_mul_sub: %59 = sub(%lr, %53, %hidden.bias)
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
  if (i >= 100u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let t0 = (l0 * l1);
  out[i] = (l2 - t0);
}

// ---- k51_fused_add_add_mul_sub: %61 = sub(%28, %48, %lr, %scores.weight)
// add → add → mul → sub
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
  if (i >= 3u * 100u) { return; }
  let l0 = in0[i];
  let l1 = in1[i];
  let l2 = in2[0u];
  let l3 = in3[i];
  let t0 = (l0 + l0);
  let t1 = (t0 + l1);
  let t2 = (l2 * t1);
  out[i] = (l3 - t2);
}

// ---- k52_fused_mul_sub: %63 = sub(%lr, %46, %scores.bias)
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
  if (i >= 3u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let t0 = (l0 * l1);
  out[i] = (l2 - t0);
}
