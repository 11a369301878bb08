// Skip.train: 47 kernels for a hardware adapter, dispatched in this order into one command buffer
//   %0 = matmul(%x, %linear1.weight); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[N,64]
//   %1 = add(%0, %linear1.bias); one invocation per element of f32[N,64]
//   %2 = relu(%1); one invocation per element of f32[N,64]
//   %3 = matmul(%2, %linear2.weight); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[N,10]
//   %4 = add(%3, %linear2.bias); one invocation per element of f32[N,10]
//   %5 = reduce_max(%4); a workgroup of 64 per element of f32[N,1]
//   %6 = stop_gradient(%5); one invocation per element of f32[N,1]
//   %7 = sub(%4, %6); one invocation per element of f32[N,10]
//   %8 = exp(%7); one invocation per element of f32[N,10]
//   %9 = reduce_sum(%8); a workgroup of 64 per element of f32[N,1]
//   %10 = log(%9); one invocation per element of f32[N,1]
//   %11 = one_hot(%y); one invocation per element of f32[N,10]
//   %12 = reshape(%10); one invocation per element of f32[N]
//   %13 = mul(%7, %11); one invocation per element of f32[N,10]
//   %14 = reduce_sum(%13); a workgroup of 64 per element of f32[N]
//   %15 = sub(%12, %14); one invocation per element of f32[N]
//   %16 = reduce_sum(%15); a workgroup of 64 per element of f32[]
//   %17 = batch_size(); one invocation per element of f32[]
//   %18 = div(%16, %17); one invocation per element of f32[]
//   %19 = argmax(%4); a workgroup of 64 per row of i32[N]
//   %20 = cast(%19); one invocation per element of f32[N]
//   %21 = cast(%y); one invocation per element of f32[N]
//   %22 = equal(%20, %21); one invocation per element of f32[N]
//   %23 = reduce_sum(%22); a workgroup of 64 per element of f32[]
//   %24 = constant(); one invocation per element of f32[]
//   %25 = div(%24, %17); one invocation per element of f32[]
//   %26 = reshape(%25); one invocation per element of f32[1]
//   %27 = broadcast(%26); one invocation per element of f32[N]
//   %28 = neg(%27); one invocation per element of f32[N]
//   %29 = reshape(%28); one invocation per element of f32[N,1]
//   %30 = broadcast(%29); one invocation per element of f32[N,10]
//   %32 = reshape(%27); one invocation per element of f32[N,1]
//   %33 = div(%32, %9); one invocation per element of f32[N,1]
//   %34 = broadcast(%33); one invocation per element of f32[N,10]
//   %36 = mul → mul → add(%30, %11, %34, %8); one invocation per element of f32[N,10]
//   %37 = reduce_sum(%36); a workgroup of 64 per element of f32[1,10]
//   %38 = reshape(%37); one invocation per element of f32[10]
//   %39 = matmul(%36, %linear2.weight); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[N,64]
//   %40 = matmul(%36, %2); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[10,64]
//   %42 = step → mul(%1, %39); one invocation per element of f32[N,64]
//   %43 = reduce_sum(%42); a workgroup of 64 per element of f32[1,64]
//   %44 = reshape(%43); one invocation per element of f32[64]
//   %45 = matmul(%42, %x); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[64,64]
//   %47 = mul → sub(%lr, %45, %linear1.weight); one invocation per element of f32[64,64]
//   %49 = mul → sub(%lr, %44, %linear1.bias); one invocation per element of f32[64]
//   %51 = mul → sub(%lr, %40, %linear2.weight); one invocation per element of f32[10,64]
//   %53 = mul → sub(%lr, %38, %linear2.bias); one invocation per element of f32[10]

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
  let rows = (params.n * 64u) / 64u;
  let inner = 64u;
  let group = i / 64u;
  let lane = i % 64u;
  let tr = (group / 2u) * 32u;
  let tc = (group % 2u) * 32u;
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
      tileA[(e % 16u) * 32u + e / 16u] = select(0.0, in0[(min(ar, rows - 1u)) * 64u + min(ap, inner - 1u)], ar < rows && ap < inner);
      let bp = p0 + e % 16u;
      let bc = tc + e / 16u;
      tileB[(e % 16u) * 32u + e / 16u] = select(0.0, in1[(min(bc, 63u)) * 64u + min(bp, inner - 1u)], bp < inner && bc < 64u);
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
  if (r0 + 0u < rows && c0 + 0u < 64u) { out[(r0 + 0u) * 64u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 64u) { out[(r0 + 0u) * 64u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 64u) { out[(r0 + 0u) * 64u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 64u) { out[(r0 + 0u) * 64u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 64u) { out[(r0 + 1u) * 64u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 64u) { out[(r0 + 1u) * 64u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 64u) { out[(r0 + 1u) * 64u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 64u) { out[(r0 + 1u) * 64u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 64u) { out[(r0 + 2u) * 64u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 64u) { out[(r0 + 2u) * 64u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 64u) { out[(r0 + 2u) * 64u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 64u) { out[(r0 + 2u) * 64u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 64u) { out[(r0 + 3u) * 64u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 64u) { out[(r0 + 3u) * 64u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 64u) { out[(r0 + 3u) * 64u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 64u) { out[(r0 + 3u) * 64u + c0 + 3u] = acc3[3]; }
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
  if (i >= params.n * 64u) { return; }
  var o_rest = i;
  let o1 = o_rest % 64u;
  o_rest = o_rest / 64u;
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
  if (i >= params.n * 64u) { return; }
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
  let inner = 64u;
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
      tileA[(e % 16u) * 32u + e / 16u] = select(0.0, in0[(min(ar, rows - 1u)) * 64u + min(ap, inner - 1u)], ar < rows && ap < inner);
      let bp = p0 + e % 16u;
      let bc = tc + e / 16u;
      tileB[(e % 16u) * 32u + e / 16u] = select(0.0, in1[(min(bc, 9u)) * 64u + min(bp, inner - 1u)], bp < inner && bc < 10u);
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

// ---- k8_exp: %8 = exp(%7)
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

// ---- k11_one_hot: %11 = one_hot(%y)
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
  if (i >= params.n * 10u) { return; }
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

// ---- k19_argmax: %19 = argmax(%4)
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

// ---- k20_cast: %20 = cast(%19)
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

// ---- k21_cast: %21 = cast(%y)
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

// ---- k22_equal: %22 = equal(%20, %21)
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

// ---- k23_reduce_sum: %23 = reduce_sum(%22)
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

// ---- k24_constant: %24 = constant()
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

// ---- k25_div: %25 = div(%24, %17)
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

// ---- k26_reshape: %26 = reshape(%25)
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

// ---- k27_broadcast: %27 = broadcast(%26)
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

// ---- k28_neg: %28 = neg(%27)
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

// ---- k29_reshape: %29 = reshape(%28)
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

// ---- k30_broadcast: %30 = broadcast(%29)
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

// ---- k31_reshape: %32 = reshape(%27)
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

// ---- k32_div: %33 = div(%32, %9)
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

// ---- k33_broadcast: %34 = broadcast(%33)
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

// ---- k34_fused_mul_mul_add: %36 = add(%30, %11, %34, %8)
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

// ---- k35_reduce_sum: %37 = reduce_sum(%36)
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

// ---- k36_reshape: %38 = reshape(%37)
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

// ---- k37_matmul: %39 = matmul(%36, %linear2.weight)
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
  let rows = (params.n * 64u) / 64u;
  let inner = 10u;
  let group = i / 64u;
  let lane = i % 64u;
  let tr = (group / 2u) * 32u;
  let tc = (group % 2u) * 32u;
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
      tileB[(e / 32u) * 32u + e % 32u] = select(0.0, in1[(min(bp, inner - 1u)) * 64u + min(bc, 63u)], bp < inner && bc < 64u);
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
  if (r0 + 0u < rows && c0 + 0u < 64u) { out[(r0 + 0u) * 64u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 64u) { out[(r0 + 0u) * 64u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 64u) { out[(r0 + 0u) * 64u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 64u) { out[(r0 + 0u) * 64u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 64u) { out[(r0 + 1u) * 64u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 64u) { out[(r0 + 1u) * 64u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 64u) { out[(r0 + 1u) * 64u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 64u) { out[(r0 + 1u) * 64u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 64u) { out[(r0 + 2u) * 64u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 64u) { out[(r0 + 2u) * 64u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 64u) { out[(r0 + 2u) * 64u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 64u) { out[(r0 + 2u) * 64u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 64u) { out[(r0 + 3u) * 64u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 64u) { out[(r0 + 3u) * 64u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 64u) { out[(r0 + 3u) * 64u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 64u) { out[(r0 + 3u) * 64u + c0 + 3u] = acc3[3]; }
}

// ---- k38_matmul: %40 = matmul(%36, %2)
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
  let tr = (group / 2u) * 32u;
  let tc = (group % 2u) * 32u;
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
      tileB[(e / 32u) * 32u + e % 32u] = select(0.0, in1[(min(bp, inner - 1u)) * 64u + min(bc, 63u)], bp < inner && bc < 64u);
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
  if (r0 + 0u < rows && c0 + 0u < 64u) { out[(r0 + 0u) * 64u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 64u) { out[(r0 + 0u) * 64u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 64u) { out[(r0 + 0u) * 64u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 64u) { out[(r0 + 0u) * 64u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 64u) { out[(r0 + 1u) * 64u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 64u) { out[(r0 + 1u) * 64u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 64u) { out[(r0 + 1u) * 64u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 64u) { out[(r0 + 1u) * 64u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 64u) { out[(r0 + 2u) * 64u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 64u) { out[(r0 + 2u) * 64u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 64u) { out[(r0 + 2u) * 64u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 64u) { out[(r0 + 2u) * 64u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 64u) { out[(r0 + 3u) * 64u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 64u) { out[(r0 + 3u) * 64u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 64u) { out[(r0 + 3u) * 64u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 64u) { out[(r0 + 3u) * 64u + c0 + 3u] = acc3[3]; }
}

// ---- k39_fused_step_mul: %42 = mul(%1, %39)
// step → mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 64u) { return; }
  let l0 = in0[i];
  let l1 = in1[i];
  let t0 = select(0.0, 1.0, l0 > 0.0);
  out[i] = (l1 * t0);
}

// ---- k40_reduce_sum: %43 = reduce_sum(%42)
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
  let live = o < 1u * 64u;
  var o_rest = min(o, 1u * 64u - 1u);
  let o1 = o_rest % 64u;
  o_rest = o_rest / 64u;
  let o0 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let base = o1 * 1u;
  var acc = 0.0;
  if (live) {
    for (var e = lane; e < params.n; e += 64u) {
      var rest = e;
      let r0 = rest % params.n;
      rest = rest / params.n;
      let v = in0[base + r0 * 64u];
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

// ---- k41_reshape: %44 = reshape(%43)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 64u) { return; }
  out[i] = in0[i];
}

// ---- k42_matmul: %45 = matmul(%42, %x)
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
  let rows = 64u;
  let inner = params.n;
  let group = i / 64u;
  let lane = i % 64u;
  let tr = (group / 2u) * 32u;
  let tc = (group % 2u) * 32u;
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
      tileA[(e / 32u) * 32u + e % 32u] = select(0.0, in0[(min(ap, inner - 1u)) * 64u + min(ar, rows - 1u)], ar < rows && ap < inner);
      let bp = p0 + e / 32u;
      let bc = tc + e % 32u;
      tileB[(e / 32u) * 32u + e % 32u] = select(0.0, in1[(min(bp, inner - 1u)) * 64u + min(bc, 63u)], bp < inner && bc < 64u);
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
  if (r0 + 0u < rows && c0 + 0u < 64u) { out[(r0 + 0u) * 64u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 64u) { out[(r0 + 0u) * 64u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 64u) { out[(r0 + 0u) * 64u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 64u) { out[(r0 + 0u) * 64u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 64u) { out[(r0 + 1u) * 64u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 64u) { out[(r0 + 1u) * 64u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 64u) { out[(r0 + 1u) * 64u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 64u) { out[(r0 + 1u) * 64u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 64u) { out[(r0 + 2u) * 64u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 64u) { out[(r0 + 2u) * 64u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 64u) { out[(r0 + 2u) * 64u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 64u) { out[(r0 + 2u) * 64u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 64u) { out[(r0 + 3u) * 64u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 64u) { out[(r0 + 3u) * 64u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 64u) { out[(r0 + 3u) * 64u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 64u) { out[(r0 + 3u) * 64u + c0 + 3u] = acc3[3]; }
}

// ---- k43_fused_mul_sub: %47 = sub(%lr, %45, %linear1.weight)
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
  if (i >= 64u * 64u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let t0 = (l0 * l1);
  out[i] = (l2 - t0);
}

// ---- k44_fused_mul_sub: %49 = sub(%lr, %44, %linear1.bias)
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
  if (i >= 64u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let t0 = (l0 * l1);
  out[i] = (l2 - t0);
}

// ---- k45_fused_mul_sub: %51 = sub(%lr, %40, %linear2.weight)
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
  if (i >= 10u * 64u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let t0 = (l0 * l1);
  out[i] = (l2 - t0);
}

// ---- k46_fused_mul_sub: %53 = sub(%lr, %38, %linear2.bias)
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
