// Small.train: 33 kernels for a hardware adapter, dispatched in this order into one command buffer
//   %0 = matmul(%x, %linear1.weight); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[N,3]
//   %1 = add(%0, %linear1.bias); one invocation per element of f32[N,3]
//   %2 = one_hot(%y); one invocation per element of f32[N,3]
//   %3 = mul(%1, %2); one invocation per element of f32[N,3]
//   %4 = reduce_sum(%3); a workgroup of 64 per element of f32[N,1]
//   %6 = constant(); one invocation per element of f32[]
//   %7 = sub → add(%1, %4, %6); one invocation per element of f32[N,3]
//   %8 = relu(%7); one invocation per element of f32[N,3]
//   %9 = reduce_sum(%8); a workgroup of 64 per element of f32[N]
//   %10 = sub(%9, %6); one invocation per element of f32[N]
//   %11 = reduce_sum(%10); a workgroup of 64 per element of f32[]
//   %12 = batch_size(); one invocation per element of f32[]
//   %13 = div(%11, %12); one invocation per element of f32[]
//   %14 = argmax(%1); a workgroup of 64 per row of i32[N]
//   %15 = cast(%14); one invocation per element of f32[N]
//   %16 = cast(%y); one invocation per element of f32[N]
//   %17 = equal(%15, %16); one invocation per element of f32[N]
//   %18 = reduce_sum(%17); a workgroup of 64 per element of f32[]
//   %19 = div(%6, %12); one invocation per element of f32[]
//   %20 = reshape(%19); one invocation per element of f32[1]
//   %21 = broadcast(%20); one invocation per element of f32[N]
//   %22 = reshape(%21); one invocation per element of f32[N,1]
//   %23 = broadcast(%22); one invocation per element of f32[N,3]
//   %25 = step → mul(%7, %23); one invocation per element of f32[N,3]
//   %26 = neg(%25); one invocation per element of f32[N,3]
//   %27 = reduce_sum(%26); a workgroup of 64 per element of f32[N,1]
//   %28 = broadcast(%27); one invocation per element of f32[N,3]
//   %30 = mul → add(%28, %2, %25); one invocation per element of f32[N,3]
//   %31 = reduce_sum(%30); a workgroup of 64 per element of f32[1,3]
//   %32 = reshape(%31); one invocation per element of f32[3]
//   %33 = matmul(%30, %x); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[3,2]
//   %35 = mul → sub(%lr, %33, %linear1.weight); one invocation per element of f32[3,2]
//   %37 = mul → sub(%lr, %32, %linear1.bias); one invocation per element of f32[3]

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
  let rows = (params.n * 3u) / 3u;
  let inner = 2u;
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
      tileA[(e % 16u) * 32u + e / 16u] = select(0.0, in0[(min(ar, rows - 1u)) * 2u + min(ap, inner - 1u)], ar < rows && ap < inner);
      let bp = p0 + e % 16u;
      let bc = tc + e / 16u;
      tileB[(e % 16u) * 32u + e / 16u] = select(0.0, in1[(min(bc, 2u)) * 2u + min(bp, inner - 1u)], bp < inner && bc < 3u);
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

// ---- k2_one_hot: %2 = one_hot(%y)
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

// ---- k3_mul: %3 = mul(%1, %2)
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

// ---- k4_reduce_sum: %4 = reduce_sum(%3)
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

// ---- k5_constant: %6 = constant()
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

// ---- k6_fused_sub_add: %7 = add(%1, %4, %6)
// sub → add
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read> in2: array<f32>;
@group(0) @binding(4) var<storage, read_write> out: array<f32>;

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
  let l2 = in2[0u];
  let t0 = (l0 - l1);
  out[i] = (t0 + l2);
}

// ---- k7_relu: %8 = relu(%7)
// relu
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 3u) { return; }
  let l0 = in0[i];
  out[i] = max(l0, 0.0);
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

// ---- k9_sub: %10 = sub(%9, %6)
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
  let l1 = in1[0u];
  out[i] = (l0 - l1);
}

// ---- k10_reduce_sum: %11 = reduce_sum(%10)
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

// ---- k11_batch_size: %12 = batch_size()
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

// ---- k12_div: %13 = div(%11, %12)
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

// ---- k13_argmax: %14 = argmax(%1)
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

// ---- k14_cast: %15 = cast(%14)
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

// ---- k15_cast: %16 = cast(%y)
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

// ---- k16_equal: %17 = equal(%15, %16)
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

// ---- k17_reduce_sum: %18 = reduce_sum(%17)
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

// ---- k18_div: %19 = div(%6, %12)
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

// ---- k19_reshape: %20 = reshape(%19)
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

// ---- k20_broadcast: %21 = broadcast(%20)
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

// ---- k21_reshape: %22 = reshape(%21)
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

// ---- k22_broadcast: %23 = broadcast(%22)
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

// ---- k23_fused_step_mul: %25 = mul(%7, %23)
// step → mul
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
  let t0 = select(0.0, 1.0, l0 > 0.0);
  out[i] = (l1 * t0);
}

// ---- k24_neg: %26 = neg(%25)
// neg
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 3u) { return; }
  let l0 = in0[i];
  out[i] = (-l0);
}

// ---- k25_reduce_sum: %27 = reduce_sum(%26)
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

// ---- k26_broadcast: %28 = broadcast(%27)
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

// ---- k27_fused_mul_add: %30 = add(%28, %2, %25)
// mul → add
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read> in2: array<f32>;
@group(0) @binding(4) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 3u) { return; }
  let l0 = in0[i];
  let l1 = in1[i];
  let l2 = in2[i];
  let t0 = (l0 * l1);
  out[i] = (l2 + t0);
}

// ---- k28_reduce_sum: %31 = reduce_sum(%30)
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

// ---- k29_reshape: %32 = reshape(%31)
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

// ---- k30_matmul: %33 = matmul(%30, %x)
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
      tileA[(e / 32u) * 32u + e % 32u] = select(0.0, in0[(min(ap, inner - 1u)) * 3u + min(ar, rows - 1u)], ar < rows && ap < inner);
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

// ---- k31_fused_mul_sub: %35 = sub(%lr, %33, %linear1.weight)
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
  if (i >= 3u * 2u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let t0 = (l0 * l1);
  out[i] = (l2 - t0);
}

// ---- k32_fused_mul_sub: %37 = sub(%lr, %32, %linear1.bias)
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

// Regressor.train: 71 kernels for a hardware adapter, dispatched in this order into one command buffer
//   %0 = matmul(%x, %linear1.weight); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[N,32]
//   %1 = add(%0, %linear1.bias); one invocation per element of f32[N,32]
//   %3 = constant(); one invocation per element of f32[]
//   %4 = neg(%1); one invocation per element of f32[N,32]
//   %7 = relu → relu → mul → sub(%1, %4, %3); one invocation per element of f32[N,32]
//   %8 = matmul(%7, %linear2.weight); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[N,32]
//   %9 = add(%8, %linear2.bias); one invocation per element of f32[N,32]
//   %10 = neg(%9); one invocation per element of f32[N,32]
//   %13 = relu → neg → exp(%10); one invocation per element of f32[N,32]
//   %14 = constant(); one invocation per element of f32[]
//   %18 = sub → relu → add → tanh(%13, %14, %9); one invocation per element of f32[N,32]
//   %19 = dropout_mask(%seed); one invocation per element of f32[N,32]
//   %20 = mul(%18, %19); one invocation per element of f32[N,32]
//   %21 = matmul(%20, %linear3.weight); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[N,2]
//   %22 = sub(%21, %y); one invocation per element of f32[N,2]
//   %23 = mul(%22); one invocation per element of f32[N,2]
//   %24 = reduce_sum(%23); a workgroup of 64 per element of f32[N]
//   %25 = constant(); one invocation per element of f32[]
//   %26 = div(%24, %25); one invocation per element of f32[N]
//   %27 = reduce_sum(%26); a workgroup of 64 per element of f32[]
//   %28 = batch_size(); one invocation per element of f32[]
//   %29 = div(%27, %28); one invocation per element of f32[]
//   %30 = constant(); one invocation per element of f32[]
//   %31 = constant(); one invocation per element of f32[]
//   %32 = constant(); one invocation per element of f32[]
//   %33 = reshape(%31); one invocation per element of f32[1,1]
//   %34 = broadcast(%33); one invocation per element of f32[2,32]
//   %37 = reshape(%30); one invocation per element of f32[1,1]
//   %38 = broadcast(%37); one invocation per element of f32[2,32]
//   %39 = mul(%38, %linear3.weight); one invocation per element of f32[2,32]
//   %42 = reshape(%32); one invocation per element of f32[1,1]
//   %43 = broadcast(%42); one invocation per element of f32[32,32]
//   %46 = broadcast(%33); one invocation per element of f32[32,4]
//   %49 = broadcast(%37); one invocation per element of f32[32,4]
//   %50 = mul(%49, %linear1.weight); one invocation per element of f32[32,4]
//   %53 = div(%14, %28); one invocation per element of f32[]
//   %54 = reshape(%53); one invocation per element of f32[1]
//   %55 = broadcast(%54); one invocation per element of f32[N]
//   %56 = div(%55, %25); one invocation per element of f32[N]
//   %57 = reshape(%56); one invocation per element of f32[N,1]
//   %58 = broadcast(%57); one invocation per element of f32[N,2]
//   %59 = mul(%58, %22); one invocation per element of f32[N,2]
//   %60 = add(%59); one invocation per element of f32[N,2]
//   %61 = matmul(%60, %linear3.weight); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[N,32]
//   %62 = matmul(%60, %20); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[2,32]
//   %63 = sign → mul → add → add → add(%linear3.weight, %34, %39, %62); one invocation per element of f32[2,32]
//   %67 = mul → mul → sub → mul(%61, %19, %18, %14); one invocation per element of f32[N,32]
//   %75 = step → mul → mul → neg → step → mul → neg → add(%9, %67, %13, %10); one invocation per element of f32[N,32]
//   %76 = reduce_sum(%75); a workgroup of 64 per element of f32[1,32]
//   %77 = reshape(%76); one invocation per element of f32[32]
//   %78 = matmul(%75, %linear2.weight); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[N,32]
//   %79 = matmul(%75, %7); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[32,32]
//   %80 = sign → mul → add(%linear2.weight, %43, %79); one invocation per element of f32[32,32]
//   %88 = neg → mul → step → mul → neg → step → mul → add(%78, %3, %4, %1); one invocation per element of f32[N,32]
//   %89 = reduce_sum(%88); a workgroup of 64 per element of f32[1,32]
//   %90 = reshape(%89); one invocation per element of f32[32]
//   %91 = matmul(%88, %x); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[32,4]
//   %92 = sign → mul → add → add → add(%linear1.weight, %46, %50, %91); one invocation per element of f32[32,4]
//   %93 = constant(); one invocation per element of f32[]
//   %95 = constant(); one invocation per element of f32[]
//   %98 = mul → mul → mul → add(%93, %square_avg.linear1.weight, %92, %95); one invocation per element of f32[32,4]
//   %100 = constant(); one invocation per element of f32[]
//   %104 = sqrt → add → div → mul → sub(%98, %100, %92, %lr, %linear1.weight); one invocation per element of f32[32,4]
//   %108 = mul → mul → mul → add(%93, %square_avg.linear1.bias, %90, %95); one invocation per element of f32[32]
//   %113 = sqrt → add → div → mul → sub(%108, %100, %90, %lr, %linear1.bias); one invocation per element of f32[32]
//   %117 = mul → mul → mul → add(%93, %square_avg.linear2.weight, %80, %95); one invocation per element of f32[32,32]
//   %122 = sqrt → add → div → mul → sub(%117, %100, %80, %lr, %linear2.weight); one invocation per element of f32[32,32]
//   %126 = mul → mul → mul → add(%93, %square_avg.linear2.bias, %77, %95); one invocation per element of f32[32]
//   %131 = sqrt → add → div → mul → sub(%126, %100, %77, %lr, %linear2.bias); one invocation per element of f32[32]
//   %135 = mul → mul → mul → add(%93, %square_avg.linear3.weight, %63, %95); one invocation per element of f32[2,32]
//   %140 = sqrt → add → div → mul → sub(%135, %100, %63, %lr, %linear3.weight); one invocation per element of f32[2,32]

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
  let rows = (params.n * 32u) / 32u;
  let inner = 4u;
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
      tileA[(e % 16u) * 32u + e / 16u] = select(0.0, in0[(min(ar, rows - 1u)) * 4u + min(ap, inner - 1u)], ar < rows && ap < inner);
      let bp = p0 + e % 16u;
      let bc = tc + e / 16u;
      tileB[(e % 16u) * 32u + e / 16u] = select(0.0, in1[(min(bc, 31u)) * 4u + min(bp, inner - 1u)], bp < inner && bc < 32u);
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
  if (r0 + 0u < rows && c0 + 0u < 32u) { out[(r0 + 0u) * 32u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 32u) { out[(r0 + 0u) * 32u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 32u) { out[(r0 + 0u) * 32u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 32u) { out[(r0 + 0u) * 32u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 32u) { out[(r0 + 1u) * 32u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 32u) { out[(r0 + 1u) * 32u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 32u) { out[(r0 + 1u) * 32u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 32u) { out[(r0 + 1u) * 32u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 32u) { out[(r0 + 2u) * 32u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 32u) { out[(r0 + 2u) * 32u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 32u) { out[(r0 + 2u) * 32u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 32u) { out[(r0 + 2u) * 32u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 32u) { out[(r0 + 3u) * 32u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 32u) { out[(r0 + 3u) * 32u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 32u) { out[(r0 + 3u) * 32u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 32u) { out[(r0 + 3u) * 32u + c0 + 3u] = acc3[3]; }
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
  if (i >= params.n * 32u) { return; }
  var o_rest = i;
  let o1 = o_rest % 32u;
  o_rest = o_rest / 32u;
  let o0 = o_rest % params.n;
  o_rest = o_rest / params.n;
  let l0 = in0[i];
  let l1 = in1[o1 * 1u];
  out[i] = (l0 + l1);
}

// ---- k2_constant: %3 = constant()
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

// ---- k3_neg: %4 = neg(%1)
// neg
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 32u) { return; }
  let l0 = in0[i];
  out[i] = (-l0);
}

// ---- k4_fused_relu_relu_mul_sub: %7 = sub(%1, %4, %3)
// relu → relu → mul → sub
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read> in2: array<f32>;
@group(0) @binding(4) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 32u) { return; }
  let l0 = in0[i];
  let l1 = in1[i];
  let l2 = in2[0u];
  let t0 = max(l0, 0.0);
  let t1 = max(l1, 0.0);
  let t2 = (l2 * t1);
  out[i] = (t0 - t2);
}

// ---- k5_matmul: %8 = matmul(%7, %linear2.weight)
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
  let rows = (params.n * 32u) / 32u;
  let inner = 32u;
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
      tileA[(e % 16u) * 32u + e / 16u] = select(0.0, in0[(min(ar, rows - 1u)) * 32u + min(ap, inner - 1u)], ar < rows && ap < inner);
      let bp = p0 + e % 16u;
      let bc = tc + e / 16u;
      tileB[(e % 16u) * 32u + e / 16u] = select(0.0, in1[(min(bc, 31u)) * 32u + min(bp, inner - 1u)], bp < inner && bc < 32u);
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
  if (r0 + 0u < rows && c0 + 0u < 32u) { out[(r0 + 0u) * 32u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 32u) { out[(r0 + 0u) * 32u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 32u) { out[(r0 + 0u) * 32u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 32u) { out[(r0 + 0u) * 32u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 32u) { out[(r0 + 1u) * 32u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 32u) { out[(r0 + 1u) * 32u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 32u) { out[(r0 + 1u) * 32u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 32u) { out[(r0 + 1u) * 32u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 32u) { out[(r0 + 2u) * 32u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 32u) { out[(r0 + 2u) * 32u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 32u) { out[(r0 + 2u) * 32u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 32u) { out[(r0 + 2u) * 32u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 32u) { out[(r0 + 3u) * 32u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 32u) { out[(r0 + 3u) * 32u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 32u) { out[(r0 + 3u) * 32u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 32u) { out[(r0 + 3u) * 32u + c0 + 3u] = acc3[3]; }
}

// ---- k6_add: %9 = add(%8, %linear2.bias)
// add
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 32u) { return; }
  var o_rest = i;
  let o1 = o_rest % 32u;
  o_rest = o_rest / 32u;
  let o0 = o_rest % params.n;
  o_rest = o_rest / params.n;
  let l0 = in0[i];
  let l1 = in1[o1 * 1u];
  out[i] = (l0 + l1);
}

// ---- k7_neg: %10 = neg(%9)
// neg
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 32u) { return; }
  let l0 = in0[i];
  out[i] = (-l0);
}

// ---- k8_fused_relu_neg_exp: %13 = exp(%10)
// relu → neg → exp
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 32u) { return; }
  let l0 = in0[i];
  let t0 = max(l0, 0.0);
  let t1 = (-t0);
  out[i] = exp(t1);
}

// ---- k9_constant: %14 = constant()
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

// ---- k10_fused_sub_relu_add_tanh: %18 = tanh(%13, %14, %9)
// sub → relu → add → tanh
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read> in2: array<f32>;
@group(0) @binding(4) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 32u) { return; }
  let l0 = in0[i];
  let l1 = in1[0u];
  let l2 = in2[i];
  let t0 = (l0 - l1);
  let t1 = max(l2, 0.0);
  let t2 = (t1 + t0);
  out[i] = tanh(clamp(t2, -20.0, 20.0));
}

// ---- k11_dropout_mask: %19 = dropout_mask(%seed)
// dropout_mask
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<i32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 32u) { return; }
  let s = bitcast<u32>(in0[0]) ^ (5u * 0x85ebca6bu);
  var x = i ^ (s * 0x9e3779b9u);
  x = (x ^ (x >> 16u)) * 0x7feb352du;
  x = (x ^ (x >> 15u)) * 0x846ca68bu;
  x = x ^ (x >> 16u);
  let u = f32(x >> 8u) / 16777216.0;
  out[i] = select(1.25, 0.0, u < 0.20000000298023224);
}

// ---- k12_mul: %20 = mul(%18, %19)
// mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 32u) { return; }
  let l0 = in0[i];
  let l1 = in1[i];
  out[i] = (l0 * l1);
}

// ---- k13_matmul: %21 = matmul(%20, %linear3.weight)
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
  let rows = (params.n * 2u) / 2u;
  let inner = 32u;
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
      tileA[(e % 16u) * 32u + e / 16u] = select(0.0, in0[(min(ar, rows - 1u)) * 32u + min(ap, inner - 1u)], ar < rows && ap < inner);
      let bp = p0 + e % 16u;
      let bc = tc + e / 16u;
      tileB[(e % 16u) * 32u + e / 16u] = select(0.0, in1[(min(bc, 1u)) * 32u + min(bp, inner - 1u)], bp < inner && bc < 2u);
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

// ---- k14_sub: %22 = sub(%21, %y)
// sub
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 2u) { return; }
  let l0 = in0[i];
  let l1 = in1[i];
  out[i] = (l0 - l1);
}

// ---- k15_mul: %23 = mul(%22)
// mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 2u) { return; }
  let l0 = in0[i];
  out[i] = (l0 * l0);
}

// ---- k16_reduce_sum: %24 = reduce_sum(%23)
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
  let base = o0 * 2u;
  var acc = 0.0;
  if (live) {
    for (var e = lane; e < 2u; e += 64u) {
      var rest = e;
      let r1 = rest % 2u;
      rest = rest / 2u;
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

// ---- k17_constant: %25 = constant()
// constant
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 1u) { return; }
  out[i] = 2.0;
}

// ---- k18_div: %26 = div(%24, %25)
// div
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
  let l1 = in1[0u];
  out[i] = (l0 / l1);
}

// ---- k19_reduce_sum: %27 = reduce_sum(%26)
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

// ---- k20_batch_size: %28 = batch_size()
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

// ---- k21_div: %29 = div(%27, %28)
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

// ---- k22_constant: %30 = constant()
// constant
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 1u) { return; }
  out[i] = 0.00009999999747378752;
}

// ---- k23_constant: %31 = constant()
// constant
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 1u) { return; }
  out[i] = 9.999999974752427e-7;
}

// ---- k24_constant: %32 = constant()
// constant
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 1u) { return; }
  out[i] = 0.000009999999747378752;
}

// ---- k25_reshape: %33 = reshape(%31)
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

// ---- k26_broadcast: %34 = broadcast(%33)
// broadcast
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 2u * 32u) { return; }
  var o_rest = i;
  let o1 = o_rest % 32u;
  o_rest = o_rest / 32u;
  let o0 = o_rest % 2u;
  o_rest = o_rest / 2u;
  out[i] = in0[0u];
}

// ---- k27_reshape: %37 = reshape(%30)
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

// ---- k28_broadcast: %38 = broadcast(%37)
// broadcast
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 2u * 32u) { return; }
  var o_rest = i;
  let o1 = o_rest % 32u;
  o_rest = o_rest / 32u;
  let o0 = o_rest % 2u;
  o_rest = o_rest / 2u;
  out[i] = in0[0u];
}

// ---- k29_mul: %39 = mul(%38, %linear3.weight)
// mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 2u * 32u) { return; }
  let l0 = in0[i];
  let l1 = in1[i];
  out[i] = (l0 * l1);
}

// ---- k30_reshape: %42 = reshape(%32)
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

// ---- k31_broadcast: %43 = broadcast(%42)
// broadcast
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 32u * 32u) { return; }
  var o_rest = i;
  let o1 = o_rest % 32u;
  o_rest = o_rest / 32u;
  let o0 = o_rest % 32u;
  o_rest = o_rest / 32u;
  out[i] = in0[0u];
}

// ---- k32_broadcast: %46 = broadcast(%33)
// broadcast
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 32u * 4u) { return; }
  var o_rest = i;
  let o1 = o_rest % 4u;
  o_rest = o_rest / 4u;
  let o0 = o_rest % 32u;
  o_rest = o_rest / 32u;
  out[i] = in0[0u];
}

// ---- k33_broadcast: %49 = broadcast(%37)
// broadcast
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 32u * 4u) { return; }
  var o_rest = i;
  let o1 = o_rest % 4u;
  o_rest = o_rest / 4u;
  let o0 = o_rest % 32u;
  o_rest = o_rest / 32u;
  out[i] = in0[0u];
}

// ---- k34_mul: %50 = mul(%49, %linear1.weight)
// mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 32u * 4u) { return; }
  let l0 = in0[i];
  let l1 = in1[i];
  out[i] = (l0 * l1);
}

// ---- k35_div: %53 = div(%14, %28)
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

// ---- k36_reshape: %54 = reshape(%53)
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

// ---- k37_broadcast: %55 = broadcast(%54)
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

// ---- k38_div: %56 = div(%55, %25)
// div
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
  let l1 = in1[0u];
  out[i] = (l0 / l1);
}

// ---- k39_reshape: %57 = reshape(%56)
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

// ---- k40_broadcast: %58 = broadcast(%57)
// broadcast
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 2u) { return; }
  var o_rest = i;
  let o1 = o_rest % 2u;
  o_rest = o_rest / 2u;
  let o0 = o_rest % params.n;
  o_rest = o_rest / params.n;
  out[i] = in0[o0 * 1u];
}

// ---- k41_mul: %59 = mul(%58, %22)
// mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 2u) { return; }
  let l0 = in0[i];
  let l1 = in1[i];
  out[i] = (l0 * l1);
}

// ---- k42_add: %60 = add(%59)
// add
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 2u) { return; }
  let l0 = in0[i];
  out[i] = (l0 + l0);
}

// ---- k43_matmul: %61 = matmul(%60, %linear3.weight)
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
  let rows = (params.n * 32u) / 32u;
  let inner = 2u;
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
      tileA[(e % 16u) * 32u + e / 16u] = select(0.0, in0[(min(ar, rows - 1u)) * 2u + min(ap, inner - 1u)], ar < rows && ap < inner);
      let bp = p0 + e / 32u;
      let bc = tc + e % 32u;
      tileB[(e / 32u) * 32u + e % 32u] = select(0.0, in1[(min(bp, inner - 1u)) * 32u + min(bc, 31u)], bp < inner && bc < 32u);
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
  if (r0 + 0u < rows && c0 + 0u < 32u) { out[(r0 + 0u) * 32u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 32u) { out[(r0 + 0u) * 32u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 32u) { out[(r0 + 0u) * 32u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 32u) { out[(r0 + 0u) * 32u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 32u) { out[(r0 + 1u) * 32u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 32u) { out[(r0 + 1u) * 32u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 32u) { out[(r0 + 1u) * 32u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 32u) { out[(r0 + 1u) * 32u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 32u) { out[(r0 + 2u) * 32u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 32u) { out[(r0 + 2u) * 32u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 32u) { out[(r0 + 2u) * 32u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 32u) { out[(r0 + 2u) * 32u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 32u) { out[(r0 + 3u) * 32u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 32u) { out[(r0 + 3u) * 32u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 32u) { out[(r0 + 3u) * 32u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 32u) { out[(r0 + 3u) * 32u + c0 + 3u] = acc3[3]; }
}

// ---- k44_matmul: %62 = matmul(%60, %20)
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
  let rows = 2u;
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
      tileA[(e / 32u) * 32u + e % 32u] = select(0.0, in0[(min(ap, inner - 1u)) * 2u + min(ar, rows - 1u)], ar < rows && ap < inner);
      let bp = p0 + e / 32u;
      let bc = tc + e % 32u;
      tileB[(e / 32u) * 32u + e % 32u] = select(0.0, in1[(min(bp, inner - 1u)) * 32u + min(bc, 31u)], bp < inner && bc < 32u);
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
  if (r0 + 0u < rows && c0 + 0u < 32u) { out[(r0 + 0u) * 32u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 32u) { out[(r0 + 0u) * 32u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 32u) { out[(r0 + 0u) * 32u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 32u) { out[(r0 + 0u) * 32u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 32u) { out[(r0 + 1u) * 32u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 32u) { out[(r0 + 1u) * 32u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 32u) { out[(r0 + 1u) * 32u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 32u) { out[(r0 + 1u) * 32u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 32u) { out[(r0 + 2u) * 32u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 32u) { out[(r0 + 2u) * 32u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 32u) { out[(r0 + 2u) * 32u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 32u) { out[(r0 + 2u) * 32u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 32u) { out[(r0 + 3u) * 32u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 32u) { out[(r0 + 3u) * 32u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 32u) { out[(r0 + 3u) * 32u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 32u) { out[(r0 + 3u) * 32u + c0 + 3u] = acc3[3]; }
}

// ---- k45_fused_sign_mul_add_add_add: %63 = add(%linear3.weight, %34, %39, %62)
// sign → mul → add → add → add
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
  if (i >= 2u * 32u) { return; }
  let l0 = in0[i];
  let l1 = in1[i];
  let l2 = in2[i];
  let l3 = in3[i];
  let t0 = sign(l0);
  let t1 = (l1 * t0);
  let t2 = (t1 + l2);
  let t3 = (t2 + l2);
  out[i] = (t3 + l3);
}

// ---- k46_fused_mul_mul_sub_mul: %67 = mul(%61, %19, %18, %14)
// mul → mul → sub → mul
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
  if (i >= params.n * 32u) { return; }
  let l0 = in0[i];
  let l1 = in1[i];
  let l2 = in2[i];
  let l3 = in3[0u];
  let t0 = (l0 * l1);
  let t1 = (l2 * l2);
  let t2 = (l3 - t1);
  out[i] = (t0 * t2);
}

// ---- k47_fused_step_mul_mul_neg_step_mul_neg_add: %75 = add(%9, %67, %13, %10)
// step → mul → mul → neg → step → mul → neg → add
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
  if (i >= params.n * 32u) { return; }
  let l0 = in0[i];
  let l1 = in1[i];
  let l2 = in2[i];
  let l3 = in3[i];
  let t0 = select(0.0, 1.0, l0 > 0.0);
  let t1 = (l1 * t0);
  let t2 = (l1 * l2);
  let t3 = (-t2);
  let t4 = select(0.0, 1.0, l3 > 0.0);
  let t5 = (t3 * t4);
  let t6 = (-t5);
  out[i] = (t1 + t6);
}

// ---- k48_reduce_sum: %76 = reduce_sum(%75)
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
  let live = o < 1u * 32u;
  var o_rest = min(o, 1u * 32u - 1u);
  let o1 = o_rest % 32u;
  o_rest = o_rest / 32u;
  let o0 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let base = o1 * 1u;
  var acc = 0.0;
  if (live) {
    for (var e = lane; e < params.n; e += 64u) {
      var rest = e;
      let r0 = rest % params.n;
      rest = rest / params.n;
      let v = in0[base + r0 * 32u];
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

// ---- k49_reshape: %77 = reshape(%76)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 32u) { return; }
  out[i] = in0[i];
}

// ---- k50_matmul: %78 = matmul(%75, %linear2.weight)
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
  let rows = (params.n * 32u) / 32u;
  let inner = 32u;
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
      tileA[(e % 16u) * 32u + e / 16u] = select(0.0, in0[(min(ar, rows - 1u)) * 32u + min(ap, inner - 1u)], ar < rows && ap < inner);
      let bp = p0 + e / 32u;
      let bc = tc + e % 32u;
      tileB[(e / 32u) * 32u + e % 32u] = select(0.0, in1[(min(bp, inner - 1u)) * 32u + min(bc, 31u)], bp < inner && bc < 32u);
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
  if (r0 + 0u < rows && c0 + 0u < 32u) { out[(r0 + 0u) * 32u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 32u) { out[(r0 + 0u) * 32u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 32u) { out[(r0 + 0u) * 32u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 32u) { out[(r0 + 0u) * 32u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 32u) { out[(r0 + 1u) * 32u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 32u) { out[(r0 + 1u) * 32u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 32u) { out[(r0 + 1u) * 32u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 32u) { out[(r0 + 1u) * 32u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 32u) { out[(r0 + 2u) * 32u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 32u) { out[(r0 + 2u) * 32u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 32u) { out[(r0 + 2u) * 32u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 32u) { out[(r0 + 2u) * 32u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 32u) { out[(r0 + 3u) * 32u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 32u) { out[(r0 + 3u) * 32u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 32u) { out[(r0 + 3u) * 32u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 32u) { out[(r0 + 3u) * 32u + c0 + 3u] = acc3[3]; }
}

// ---- k51_matmul: %79 = matmul(%75, %7)
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
  let rows = 32u;
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
      tileA[(e / 32u) * 32u + e % 32u] = select(0.0, in0[(min(ap, inner - 1u)) * 32u + min(ar, rows - 1u)], ar < rows && ap < inner);
      let bp = p0 + e / 32u;
      let bc = tc + e % 32u;
      tileB[(e / 32u) * 32u + e % 32u] = select(0.0, in1[(min(bp, inner - 1u)) * 32u + min(bc, 31u)], bp < inner && bc < 32u);
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
  if (r0 + 0u < rows && c0 + 0u < 32u) { out[(r0 + 0u) * 32u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 32u) { out[(r0 + 0u) * 32u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 32u) { out[(r0 + 0u) * 32u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 32u) { out[(r0 + 0u) * 32u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 32u) { out[(r0 + 1u) * 32u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 32u) { out[(r0 + 1u) * 32u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 32u) { out[(r0 + 1u) * 32u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 32u) { out[(r0 + 1u) * 32u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 32u) { out[(r0 + 2u) * 32u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 32u) { out[(r0 + 2u) * 32u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 32u) { out[(r0 + 2u) * 32u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 32u) { out[(r0 + 2u) * 32u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 32u) { out[(r0 + 3u) * 32u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 32u) { out[(r0 + 3u) * 32u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 32u) { out[(r0 + 3u) * 32u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 32u) { out[(r0 + 3u) * 32u + c0 + 3u] = acc3[3]; }
}

// ---- k52_fused_sign_mul_add: %80 = add(%linear2.weight, %43, %79)
// sign → mul → add
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read> in2: array<f32>;
@group(0) @binding(4) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 32u * 32u) { return; }
  let l0 = in0[i];
  let l1 = in1[i];
  let l2 = in2[i];
  let t0 = sign(l0);
  let t1 = (l1 * t0);
  out[i] = (t1 + l2);
}

// ---- k53_fused_neg_mul_step_mul_neg_step_mul_add: %88 = add(%78, %3, %4, %1)
// neg → mul → step → mul → neg → step → mul → add
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
  if (i >= params.n * 32u) { return; }
  let l0 = in0[i];
  let l1 = in1[0u];
  let l2 = in2[i];
  let l3 = in3[i];
  let t0 = (-l0);
  let t1 = (t0 * l1);
  let t2 = select(0.0, 1.0, l2 > 0.0);
  let t3 = (t1 * t2);
  let t4 = (-t3);
  let t5 = select(0.0, 1.0, l3 > 0.0);
  let t6 = (l0 * t5);
  out[i] = (t4 + t6);
}

// ---- k54_reduce_sum: %89 = reduce_sum(%88)
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
  let live = o < 1u * 32u;
  var o_rest = min(o, 1u * 32u - 1u);
  let o1 = o_rest % 32u;
  o_rest = o_rest / 32u;
  let o0 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let base = o1 * 1u;
  var acc = 0.0;
  if (live) {
    for (var e = lane; e < params.n; e += 64u) {
      var rest = e;
      let r0 = rest % params.n;
      rest = rest / params.n;
      let v = in0[base + r0 * 32u];
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

// ---- k55_reshape: %90 = reshape(%89)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 32u) { return; }
  out[i] = in0[i];
}

// ---- k56_matmul: %91 = matmul(%88, %x)
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
  let rows = 32u;
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
      tileA[(e / 32u) * 32u + e % 32u] = select(0.0, in0[(min(ap, inner - 1u)) * 32u + min(ar, rows - 1u)], ar < rows && ap < inner);
      let bp = p0 + e / 32u;
      let bc = tc + e % 32u;
      tileB[(e / 32u) * 32u + e % 32u] = select(0.0, in1[(min(bp, inner - 1u)) * 4u + min(bc, 3u)], bp < inner && bc < 4u);
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
  if (r0 + 0u < rows && c0 + 0u < 4u) { out[(r0 + 0u) * 4u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 4u) { out[(r0 + 0u) * 4u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 4u) { out[(r0 + 0u) * 4u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 4u) { out[(r0 + 0u) * 4u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 4u) { out[(r0 + 1u) * 4u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 4u) { out[(r0 + 1u) * 4u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 4u) { out[(r0 + 1u) * 4u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 4u) { out[(r0 + 1u) * 4u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 4u) { out[(r0 + 2u) * 4u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 4u) { out[(r0 + 2u) * 4u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 4u) { out[(r0 + 2u) * 4u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 4u) { out[(r0 + 2u) * 4u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 4u) { out[(r0 + 3u) * 4u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 4u) { out[(r0 + 3u) * 4u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 4u) { out[(r0 + 3u) * 4u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 4u) { out[(r0 + 3u) * 4u + c0 + 3u] = acc3[3]; }
}

// ---- k57_fused_sign_mul_add_add_add: %92 = add(%linear1.weight, %46, %50, %91)
// sign → mul → add → add → add
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
  if (i >= 32u * 4u) { return; }
  let l0 = in0[i];
  let l1 = in1[i];
  let l2 = in2[i];
  let l3 = in3[i];
  let t0 = sign(l0);
  let t1 = (l1 * t0);
  let t2 = (t1 + l2);
  let t3 = (t2 + l2);
  out[i] = (t3 + l3);
}

// ---- k58_constant: %93 = constant()
// constant
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 1u) { return; }
  out[i] = 0.9900000095367432;
}

// ---- k59_constant: %95 = constant()
// constant
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 1u) { return; }
  out[i] = 0.009999999776482582;
}

// ---- k60_fused_mul_mul_mul_add: %98 = add(%93, %square_avg.linear1.weight, %92, %95)
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
  if (i >= 32u * 4u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let l3 = in3[0u];
  let t0 = (l0 * l1);
  let t1 = (l2 * l2);
  let t2 = (l3 * t1);
  out[i] = (t0 + t2);
}

// ---- k61_constant: %100 = constant()
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

// ---- k62_fused_sqrt_add_div_mul_sub: %104 = sub(%98, %100, %92, %lr, %linear1.weight)
// sqrt → add → div → mul → sub
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read> in2: array<f32>;
@group(0) @binding(4) var<storage, read> in3: array<f32>;
@group(0) @binding(5) var<storage, read> in4: array<f32>;
@group(0) @binding(6) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 32u * 4u) { return; }
  let l0 = in0[i];
  let l1 = in1[0u];
  let l2 = in2[i];
  let l3 = in3[0u];
  let l4 = in4[i];
  let t0 = sqrt(l0);
  let t1 = (t0 + l1);
  let t2 = (l2 / t1);
  let t3 = (l3 * t2);
  out[i] = (l4 - t3);
}

// ---- k63_fused_mul_mul_mul_add: %108 = add(%93, %square_avg.linear1.bias, %90, %95)
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
  if (i >= 32u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let l3 = in3[0u];
  let t0 = (l0 * l1);
  let t1 = (l2 * l2);
  let t2 = (l3 * t1);
  out[i] = (t0 + t2);
}

// ---- k64_fused_sqrt_add_div_mul_sub: %113 = sub(%108, %100, %90, %lr, %linear1.bias)
// sqrt → add → div → mul → sub
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read> in2: array<f32>;
@group(0) @binding(4) var<storage, read> in3: array<f32>;
@group(0) @binding(5) var<storage, read> in4: array<f32>;
@group(0) @binding(6) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 32u) { return; }
  let l0 = in0[i];
  let l1 = in1[0u];
  let l2 = in2[i];
  let l3 = in3[0u];
  let l4 = in4[i];
  let t0 = sqrt(l0);
  let t1 = (t0 + l1);
  let t2 = (l2 / t1);
  let t3 = (l3 * t2);
  out[i] = (l4 - t3);
}

// ---- k65_fused_mul_mul_mul_add: %117 = add(%93, %square_avg.linear2.weight, %80, %95)
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
  if (i >= 32u * 32u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let l3 = in3[0u];
  let t0 = (l0 * l1);
  let t1 = (l2 * l2);
  let t2 = (l3 * t1);
  out[i] = (t0 + t2);
}

// ---- k66_fused_sqrt_add_div_mul_sub: %122 = sub(%117, %100, %80, %lr, %linear2.weight)
// sqrt → add → div → mul → sub
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read> in2: array<f32>;
@group(0) @binding(4) var<storage, read> in3: array<f32>;
@group(0) @binding(5) var<storage, read> in4: array<f32>;
@group(0) @binding(6) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 32u * 32u) { return; }
  let l0 = in0[i];
  let l1 = in1[0u];
  let l2 = in2[i];
  let l3 = in3[0u];
  let l4 = in4[i];
  let t0 = sqrt(l0);
  let t1 = (t0 + l1);
  let t2 = (l2 / t1);
  let t3 = (l3 * t2);
  out[i] = (l4 - t3);
}

// ---- k67_fused_mul_mul_mul_add: %126 = add(%93, %square_avg.linear2.bias, %77, %95)
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
  if (i >= 32u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let l3 = in3[0u];
  let t0 = (l0 * l1);
  let t1 = (l2 * l2);
  let t2 = (l3 * t1);
  out[i] = (t0 + t2);
}

// ---- k68_fused_sqrt_add_div_mul_sub: %131 = sub(%126, %100, %77, %lr, %linear2.bias)
// sqrt → add → div → mul → sub
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read> in2: array<f32>;
@group(0) @binding(4) var<storage, read> in3: array<f32>;
@group(0) @binding(5) var<storage, read> in4: array<f32>;
@group(0) @binding(6) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 32u) { return; }
  let l0 = in0[i];
  let l1 = in1[0u];
  let l2 = in2[i];
  let l3 = in3[0u];
  let l4 = in4[i];
  let t0 = sqrt(l0);
  let t1 = (t0 + l1);
  let t2 = (l2 / t1);
  let t3 = (l3 * t2);
  out[i] = (l4 - t3);
}

// ---- k69_fused_mul_mul_mul_add: %135 = add(%93, %square_avg.linear3.weight, %63, %95)
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
  if (i >= 2u * 32u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let l3 = in3[0u];
  let t0 = (l0 * l1);
  let t1 = (l2 * l2);
  let t2 = (l3 * t1);
  out[i] = (t0 + t2);
}

// ---- k70_fused_sqrt_add_div_mul_sub: %140 = sub(%135, %100, %63, %lr, %linear3.weight)
// sqrt → add → div → mul → sub
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read> in2: array<f32>;
@group(0) @binding(4) var<storage, read> in3: array<f32>;
@group(0) @binding(5) var<storage, read> in4: array<f32>;
@group(0) @binding(6) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 2u * 32u) { return; }
  let l0 = in0[i];
  let l1 = in1[0u];
  let l2 = in2[i];
  let l3 = in3[0u];
  let l4 = in4[i];
  let t0 = sqrt(l0);
  let t1 = (t0 + l1);
  let t2 = (l2 / t1);
  let t3 = (l3 * t2);
  out[i] = (l4 - t3);
}

// Binary.train: 88 kernels for a hardware adapter, dispatched in this order into one command buffer
//   %0 = reshape(%batchnorm1.weight); one invocation per element of f32[1,1,1]
//   %1 = reshape(%batchnorm1.bias); one invocation per element of f32[1,1,1]
//   %2 = constant(); one invocation per element of f32[]
//   %3 = batch_size(); one invocation per element of f32[]
//   %4 = constant(); one invocation per element of f32[]
//   %5 = mul(%3, %4); one invocation per element of f32[]
//   %6 = reduce_sum(%x); a workgroup of 64 per element of f32[1,1,1,1]
//   %7 = div(%6, %5); one invocation per element of f32[1,1,1,1]
//   %8 = sub(%x, %7); one invocation per element of f32[N,1,8,8]
//   %9 = mul(%8); one invocation per element of f32[N,1,8,8]
//   %10 = reduce_sum(%9); a workgroup of 64 per element of f32[1,1,1,1]
//   %11 = div(%10, %5); one invocation per element of f32[1,1,1,1]
//   %13 = add → sqrt(%11, %2); one invocation per element of f32[1,1,1,1]
//   %14 = div(%8, %13); one invocation per element of f32[N,1,8,8]
//   %15 = constant(); one invocation per element of f32[]
//   %16 = constant(); one invocation per element of f32[]
//   %18 = constant(); one invocation per element of f32[]
//   %20 = sub → maximum(%5, %18); one invocation per element of f32[]
//   %21 = mul → div(%11, %5, %20); one invocation per element of f32[1,1,1,1]
//   %23 = reshape(%7); one invocation per element of f32[1]
//   %25 = mul → mul → add(%16, %batchnorm1.running_mean, %15, %23); one invocation per element of f32[1]
//   %27 = reshape(%21); one invocation per element of f32[1]
//   %29 = mul → mul → add(%16, %batchnorm1.running_var, %15, %27); one invocation per element of f32[1]
//   %31 = mul → add(%14, %0, %1); one invocation per element of f32[N,1,8,8]
//   %32 = im2col(%31); one invocation per element of f32[N,64,9]
//   %33 = reshape(%conv2d1.weight); one invocation per element of f32[4,9]
//   %34 = matmul(%32, %33); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[N,64,4]
//   %35 = transpose(%34); one invocation per element of f32[N,4,64]
//   %36 = reshape(%35); one invocation per element of f32[N,4,8,8]
//   %37 = avgpool(%36); one invocation per element of f32[N,4,4,4]
//   %38 = reshape(%37); one invocation per element of f32[N,64]
//   %39 = matmul(%38, %linear1.weight); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[N,1]
//   %40 = add(%39, %linear1.bias); one invocation per element of f32[N,1]
//   %46 = abs → neg → exp(%40); one invocation per element of f32[N,1]
//   %47 = add(%18, %46); one invocation per element of f32[N,1]
//   %49 = relu → mul → sub → log → add(%40, %y, %47); one invocation per element of f32[N,1]
//   %50 = reduce_sum(%49); a workgroup of 64 per element of f32[N]
//   %51 = div(%50, %18); one invocation per element of f32[N]
//   %52 = reduce_sum(%51); a workgroup of 64 per element of f32[]
//   %53 = div(%52, %3); one invocation per element of f32[]
//   %54 = div(%18, %3); one invocation per element of f32[]
//   %55 = reshape(%54); one invocation per element of f32[1]
//   %56 = broadcast(%55); one invocation per element of f32[N]
//   %57 = div(%56, %18); one invocation per element of f32[N]
//   %58 = reshape(%57); one invocation per element of f32[N,1]
//   %69 = div → mul → neg → sign → mul → neg → mul → add → step → mul → add(%58, %47, %46, %40, %y); one invocation per element of f32[N,1]
//   %70 = reduce_sum(%69); a workgroup of 64 per element of f32[1,1]
//   %71 = reshape(%70); one invocation per element of f32[1]
//   %72 = matmul(%69, %linear1.weight); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[N,64]
//   %73 = matmul(%69, %38); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[1,64]
//   %74 = reshape(%72); one invocation per element of f32[N,4,4,4]
//   %75 = avgpool_backward(%74); one invocation per element of f32[N,4,8,8]
//   %76 = reshape(%75); one invocation per element of f32[N,4,64]
//   %77 = transpose(%76); one invocation per element of f32[N,64,4]
//   %78 = matmul(%77, %33); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[N,64,9]
//   %79 = matmul(%77, %32); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[4,9]
//   %80 = reshape(%79); one invocation per element of f32[4,1,3,3]
//   %81 = col2im(%78); one invocation per element of f32[N,1,8,8]
//   %82 = reduce_sum(%81); a workgroup of 64 per element of f32[1,1,1,1]
//   %83 = reshape(%82); one invocation per element of f32[1,1,1]
//   %84 = mul(%81, %14); one invocation per element of f32[N,1,8,8]
//   %85 = reduce_sum(%84); a workgroup of 64 per element of f32[1,1,1,1]
//   %86 = reshape(%85); one invocation per element of f32[1,1,1]
//   %87 = reshape(%83); one invocation per element of f32[1]
//   %88 = reshape(%86); one invocation per element of f32[1]
//   %89 = constant(); one invocation per element of f32[]
//   %91 = mul → sub(%lr, %89, %18); one invocation per element of f32[]
//   %94 = constant(); one invocation per element of f32[]
//   %96 = mul → mul → add(%16, %exp_avg.batchnorm1.weight, %94, %88); one invocation per element of f32[1]
//   %97 = constant(); one invocation per element of f32[]
//   %99 = constant(); one invocation per element of f32[]
//   %102 = mul → mul → mul → add(%97, %exp_avg_sq.batchnorm1.weight, %88, %99); one invocation per element of f32[1]
//   %108 = pow → sub → sqrt(%97, %t, %18); one invocation per element of f32[]
//   %110 = constant(); one invocation per element of f32[]
//   %112 = pow → sub → div(%16, %t, %18, %lr); one invocation per element of f32[]
//   %115 = mul → sqrt → div → add → div → mul → sub(%batchnorm1.weight, %91, %102, %108, %110, %96, %112); one invocation per element of f32[1]
//   %119 = mul → mul → add(%16, %exp_avg.batchnorm1.bias, %94, %87); one invocation per element of f32[1]
//   %123 = mul → mul → mul → add(%97, %exp_avg_sq.batchnorm1.bias, %87, %99); one invocation per element of f32[1]
//   %129 = mul → sqrt → div → add → div → mul → sub(%batchnorm1.bias, %91, %123, %108, %110, %119, %112); one invocation per element of f32[1]
//   %133 = mul → mul → add(%16, %exp_avg.conv2d1.weight, %94, %80); one invocation per element of f32[4,1,3,3]
//   %137 = mul → mul → mul → add(%97, %exp_avg_sq.conv2d1.weight, %80, %99); one invocation per element of f32[4,1,3,3]
//   %143 = mul → sqrt → div → add → div → mul → sub(%conv2d1.weight, %91, %137, %108, %110, %133, %112); one invocation per element of f32[4,1,3,3]
//   %147 = mul → mul → add(%16, %exp_avg.linear1.weight, %94, %73); one invocation per element of f32[1,64]
//   %151 = mul → mul → mul → add(%97, %exp_avg_sq.linear1.weight, %73, %99); one invocation per element of f32[1,64]
//   %157 = mul → sqrt → div → add → div → mul → sub(%linear1.weight, %91, %151, %108, %110, %147, %112); one invocation per element of f32[1,64]
//   %161 = mul → mul → add(%16, %exp_avg.linear1.bias, %94, %71); one invocation per element of f32[1]
//   %165 = mul → mul → mul → add(%97, %exp_avg_sq.linear1.bias, %71, %99); one invocation per element of f32[1]
//   %171 = mul → sqrt → div → add → div → mul → sub(%linear1.bias, %91, %165, %108, %110, %161, %112); one invocation per element of f32[1]

// ---- k0_reshape: %0 = reshape(%batchnorm1.weight)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 1u * 1u * 1u) { return; }
  out[i] = in0[i];
}

// ---- k1_reshape: %1 = reshape(%batchnorm1.bias)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 1u * 1u * 1u) { return; }
  out[i] = in0[i];
}

// ---- k2_constant: %2 = constant()
// constant
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 1u) { return; }
  out[i] = 0.000009999999747378752;
}

// ---- k3_batch_size: %3 = batch_size()
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

// ---- k4_constant: %4 = constant()
// constant
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 1u) { return; }
  out[i] = 64.0;
}

// ---- k5_mul: %5 = mul(%3, %4)
// mul
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
  out[i] = (l0 * l1);
}

// ---- k6_reduce_sum: %6 = reduce_sum(%x)
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
  let live = o < 1u * 1u * 1u * 1u;
  var o_rest = min(o, 1u * 1u * 1u * 1u - 1u);
  let o3 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let o2 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let o1 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let o0 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let base = o1 * 8u * 8u;
  var acc = 0.0;
  if (live) {
    for (var e = lane; e < params.n * 8u * 8u; e += 64u) {
      var rest = e;
      let r3 = rest % 8u;
      rest = rest / 8u;
      let r2 = rest % 8u;
      rest = rest / 8u;
      let r0 = rest % params.n;
      rest = rest / params.n;
      let v = in0[base + r0 * 8u * 8u * 1u + r2 * 8u + r3 * 1u];
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

// ---- k7_div: %7 = div(%6, %5)
// div
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 1u * 1u * 1u * 1u) { return; }
  let l0 = in0[i];
  let l1 = in1[0u];
  out[i] = (l0 / l1);
}

// ---- k8_sub: %8 = sub(%x, %7)
// sub
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 1u * 8u * 8u) { return; }
  let l0 = in0[i];
  let l1 = in1[0u];
  out[i] = (l0 - l1);
}

// ---- k9_mul: %9 = mul(%8)
// mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 1u * 8u * 8u) { return; }
  let l0 = in0[i];
  out[i] = (l0 * l0);
}

// ---- k10_reduce_sum: %10 = reduce_sum(%9)
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
  let live = o < 1u * 1u * 1u * 1u;
  var o_rest = min(o, 1u * 1u * 1u * 1u - 1u);
  let o3 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let o2 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let o1 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let o0 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let base = o1 * 8u * 8u;
  var acc = 0.0;
  if (live) {
    for (var e = lane; e < params.n * 8u * 8u; e += 64u) {
      var rest = e;
      let r3 = rest % 8u;
      rest = rest / 8u;
      let r2 = rest % 8u;
      rest = rest / 8u;
      let r0 = rest % params.n;
      rest = rest / params.n;
      let v = in0[base + r0 * 8u * 8u * 1u + r2 * 8u + r3 * 1u];
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

// ---- k11_div: %11 = div(%10, %5)
// div
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 1u * 1u * 1u * 1u) { return; }
  let l0 = in0[i];
  let l1 = in1[0u];
  out[i] = (l0 / l1);
}

// ---- k12_fused_add_sqrt: %13 = sqrt(%11, %2)
// add → sqrt
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 1u * 1u * 1u * 1u) { return; }
  let l0 = in0[i];
  let l1 = in1[0u];
  let t0 = (l0 + l1);
  out[i] = sqrt(t0);
}

// ---- k13_div: %14 = div(%8, %13)
// div
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 1u * 8u * 8u) { return; }
  let l0 = in0[i];
  let l1 = in1[0u];
  out[i] = (l0 / l1);
}

// ---- k14_constant: %15 = constant()
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

// ---- k15_constant: %16 = constant()
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

// ---- k16_constant: %18 = constant()
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

// ---- k17_fused_sub_maximum: %20 = maximum(%5, %18)
// sub → maximum
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
  let t0 = (l0 - l1);
  out[i] = max(t0, l1);
}

// ---- k18_fused_mul_div: %21 = div(%11, %5, %20)
// mul → div
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read> in2: array<f32>;
@group(0) @binding(4) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 1u * 1u * 1u * 1u) { return; }
  let l0 = in0[i];
  let l1 = in1[0u];
  let l2 = in2[0u];
  let t0 = (l0 * l1);
  out[i] = (t0 / l2);
}

// ---- k19_reshape: %23 = reshape(%7)
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

// ---- k20_fused_mul_mul_add: %25 = add(%16, %batchnorm1.running_mean, %15, %23)
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
  if (i >= 1u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[0u];
  let l3 = in3[i];
  let t0 = (l0 * l1);
  let t1 = (l2 * l3);
  out[i] = (t0 + t1);
}

// ---- k21_reshape: %27 = reshape(%21)
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

// ---- k22_fused_mul_mul_add: %29 = add(%16, %batchnorm1.running_var, %15, %27)
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
  if (i >= 1u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[0u];
  let l3 = in3[i];
  let t0 = (l0 * l1);
  let t1 = (l2 * l3);
  out[i] = (t0 + t1);
}

// ---- k23_fused_mul_add: %31 = add(%14, %0, %1)
// mul → add
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read> in2: array<f32>;
@group(0) @binding(4) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 1u * 8u * 8u) { return; }
  let l0 = in0[i];
  let l1 = in1[0u];
  let l2 = in2[0u];
  let t0 = (l0 * l1);
  out[i] = (t0 + l2);
}

// ---- k24_im2col: %32 = im2col(%31)
// im2col
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 64u * 9u) { return; }
  let q = i % 9u;
  let p = (i / 9u) % 64u;
  let n = i / 576u;
  let kx = q % 3u;
  let ky = (q / 3u) % 3u;
  let c = q / 9u;
  let iy = i32((p / 8u) * 1u + ky) - 1i;
  let ix = i32((p % 8u) * 1u + kx) - 1i;
  let inside = iy >= 0 && iy < 8i && ix >= 0 && ix < 8i;
  let at = ((n * 1u + c) * 8u + u32(clamp(iy, 0i, 7i))) * 8u + u32(clamp(ix, 0i, 7i));
  out[i] = select(0.0, in0[at], inside);
}

// ---- k25_reshape: %33 = reshape(%conv2d1.weight)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 4u * 9u) { return; }
  out[i] = in0[i];
}

// ---- k26_matmul: %34 = matmul(%32, %33)
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
  let rows = (params.n * 64u * 4u) / 4u;
  let inner = 9u;
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
      tileA[(e % 16u) * 32u + e / 16u] = select(0.0, in0[(min(ar, rows - 1u)) * 9u + min(ap, inner - 1u)], ar < rows && ap < inner);
      let bp = p0 + e % 16u;
      let bc = tc + e / 16u;
      tileB[(e % 16u) * 32u + e / 16u] = select(0.0, in1[(min(bc, 3u)) * 9u + min(bp, inner - 1u)], bp < inner && bc < 4u);
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
  if (r0 + 0u < rows && c0 + 0u < 4u) { out[(r0 + 0u) * 4u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 4u) { out[(r0 + 0u) * 4u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 4u) { out[(r0 + 0u) * 4u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 4u) { out[(r0 + 0u) * 4u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 4u) { out[(r0 + 1u) * 4u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 4u) { out[(r0 + 1u) * 4u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 4u) { out[(r0 + 1u) * 4u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 4u) { out[(r0 + 1u) * 4u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 4u) { out[(r0 + 2u) * 4u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 4u) { out[(r0 + 2u) * 4u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 4u) { out[(r0 + 2u) * 4u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 4u) { out[(r0 + 2u) * 4u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 4u) { out[(r0 + 3u) * 4u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 4u) { out[(r0 + 3u) * 4u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 4u) { out[(r0 + 3u) * 4u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 4u) { out[(r0 + 3u) * 4u + c0 + 3u] = acc3[3]; }
}

// ---- k27_transpose: %35 = transpose(%34)
// transpose
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 4u * 64u) { return; }
  var o_rest = i;
  let o2 = o_rest % 64u;
  o_rest = o_rest / 64u;
  let o1 = o_rest % 4u;
  o_rest = o_rest / 4u;
  let o0 = o_rest % params.n;
  o_rest = o_rest / params.n;
  out[i] = in0[o0 * 4u * 64u + o1 * 1u + o2 * 4u];
}

// ---- k28_reshape: %36 = reshape(%35)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 4u * 8u * 8u) { return; }
  out[i] = in0[i];
}

// ---- k29_avgpool: %37 = avgpool(%36)
// avgpool
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 4u * 4u * 4u) { return; }
  let ox = i % 4u;
  let oy = (i / 4u) % 4u;
  let c = (i / 16u) % 4u;
  let n = i / 64u;
  var sum = 0.0;
  for (var ey = 0u; ey < 2u; ey++) {
    let py = i32(oy * 2u + ey) - 0i;
    if (py < 0 || py >= 8i) { continue; }
    for (var ex = 0u; ex < 2u; ex++) {
      let px = i32(ox * 2u + ex) - 0i;
      if (px < 0 || px >= 8i) { continue; }
      let at = ((n * 4u + c) * 8u + u32(py)) * 8u + u32(px);
      sum += in0[at];
    }
  }
  out[i] = sum * 0.25;
}

// ---- k30_reshape: %38 = reshape(%37)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 64u) { return; }
  out[i] = in0[i];
}

// ---- k31_matmul: %39 = matmul(%38, %linear1.weight)
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
  let rows = (params.n * 1u) / 1u;
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
      tileB[(e % 16u) * 32u + e / 16u] = select(0.0, in1[(min(bc, 0u)) * 64u + min(bp, inner - 1u)], bp < inner && bc < 1u);
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
  if (r0 + 0u < rows && c0 + 0u < 1u) { out[(r0 + 0u) * 1u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 1u) { out[(r0 + 0u) * 1u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 1u) { out[(r0 + 0u) * 1u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 1u) { out[(r0 + 0u) * 1u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 1u) { out[(r0 + 1u) * 1u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 1u) { out[(r0 + 1u) * 1u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 1u) { out[(r0 + 1u) * 1u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 1u) { out[(r0 + 1u) * 1u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 1u) { out[(r0 + 2u) * 1u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 1u) { out[(r0 + 2u) * 1u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 1u) { out[(r0 + 2u) * 1u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 1u) { out[(r0 + 2u) * 1u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 1u) { out[(r0 + 3u) * 1u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 1u) { out[(r0 + 3u) * 1u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 1u) { out[(r0 + 3u) * 1u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 1u) { out[(r0 + 3u) * 1u + c0 + 3u] = acc3[3]; }
}

// ---- k32_add: %40 = add(%39, %linear1.bias)
// add
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
  let l1 = in1[0u];
  out[i] = (l0 + l1);
}

// ---- k33_fused_abs_neg_exp: %46 = exp(%40)
// abs → neg → exp
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 1u) { return; }
  let l0 = in0[i];
  let t0 = abs(l0);
  let t1 = (-t0);
  out[i] = exp(t1);
}

// ---- k34_add: %47 = add(%18, %46)
// add
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 1u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  out[i] = (l0 + l1);
}

// ---- k35_fused_relu_mul_sub_log_add: %49 = add(%40, %y, %47)
// relu → mul → sub → log → add
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read> in2: array<f32>;
@group(0) @binding(4) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 1u) { return; }
  let l0 = in0[i];
  let l1 = in1[i];
  let l2 = in2[i];
  let t0 = max(l0, 0.0);
  let t1 = (l0 * l1);
  let t2 = (t0 - t1);
  let t3 = log(l2);
  out[i] = (t2 + t3);
}

// ---- k36_reduce_sum: %50 = reduce_sum(%49)
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
  let base = o0 * 1u;
  var acc = 0.0;
  if (live) {
    for (var e = lane; e < 1u; e += 64u) {
      var rest = e;
      let r1 = rest % 1u;
      rest = rest / 1u;
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

// ---- k37_div: %51 = div(%50, %18)
// div
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
  let l1 = in1[0u];
  out[i] = (l0 / l1);
}

// ---- k38_reduce_sum: %52 = reduce_sum(%51)
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

// ---- k39_div: %53 = div(%52, %3)
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

// ---- k40_div: %54 = div(%18, %3)
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

// ---- k41_reshape: %55 = reshape(%54)
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

// ---- k42_broadcast: %56 = broadcast(%55)
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

// ---- k43_div: %57 = div(%56, %18)
// div
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
  let l1 = in1[0u];
  out[i] = (l0 / l1);
}

// ---- k44_reshape: %58 = reshape(%57)
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

// ---- k45_fused_div_mul_neg_sign_mul_neg_mul_add_step_mul_add: %69 = add(%58, %47, %46, %40, %y)
// div → mul → neg → sign → mul → neg → mul → add → step → mul → add
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read> in2: array<f32>;
@group(0) @binding(4) var<storage, read> in3: array<f32>;
@group(0) @binding(5) var<storage, read> in4: array<f32>;
@group(0) @binding(6) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 1u) { return; }
  let l0 = in0[i];
  let l1 = in1[i];
  let l2 = in2[i];
  let l3 = in3[i];
  let l4 = in4[i];
  let t0 = (l0 / l1);
  let t1 = (t0 * l2);
  let t2 = (-t1);
  let t3 = sign(l3);
  let t4 = (t2 * t3);
  let t5 = (-l0);
  let t6 = (t5 * l4);
  let t7 = (t4 + t6);
  let t8 = select(0.0, 1.0, l3 > 0.0);
  let t9 = (l0 * t8);
  out[i] = (t7 + t9);
}

// ---- k46_reduce_sum: %70 = reduce_sum(%69)
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
  let live = o < 1u * 1u;
  var o_rest = min(o, 1u * 1u - 1u);
  let o1 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let o0 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let base = o1 * 1u;
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

// ---- k47_reshape: %71 = reshape(%70)
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

// ---- k48_matmul: %72 = matmul(%69, %linear1.weight)
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
  let inner = 1u;
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
      tileA[(e % 16u) * 32u + e / 16u] = select(0.0, in0[(min(ar, rows - 1u)) * 1u + min(ap, inner - 1u)], ar < rows && ap < inner);
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

// ---- k49_matmul: %73 = matmul(%69, %38)
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
  let rows = 1u;
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
      tileA[(e / 32u) * 32u + e % 32u] = select(0.0, in0[(min(ap, inner - 1u)) * 1u + min(ar, rows - 1u)], ar < rows && ap < inner);
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

// ---- k50_reshape: %74 = reshape(%72)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 4u * 4u * 4u) { return; }
  out[i] = in0[i];
}

// ---- k51_avgpool_backward: %75 = avgpool_backward(%74)
// avgpool_backward
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 4u * 8u * 8u) { return; }
  let ix = i % 8u;
  let iy = (i / 8u) % 8u;
  let c = (i / 64u) % 4u;
  let n = i / 256u;
  var acc = 0.0;
  for (var ky = 0u; ky < 2u; ky++) {
    let ty = i32(iy) + 0i - i32(ky);
    if (ty < 0 || ty % 2i != 0 || ty / 2i >= 4i) { continue; }
    let oy = u32(ty / 2i);
    for (var kx = 0u; kx < 2u; kx++) {
      let tx = i32(ix) + 0i - i32(kx);
      if (tx < 0 || tx % 2i != 0 || tx / 2i >= 4i) { continue; }
      let ox = u32(tx / 2i);
      acc += in0[((n * 4u + c) * 4u + oy) * 4u + ox];
    }
  }
  out[i] = acc * 0.25;
}

// ---- k52_reshape: %76 = reshape(%75)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 4u * 64u) { return; }
  out[i] = in0[i];
}

// ---- k53_transpose: %77 = transpose(%76)
// transpose
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 64u * 4u) { return; }
  var o_rest = i;
  let o2 = o_rest % 4u;
  o_rest = o_rest / 4u;
  let o1 = o_rest % 64u;
  o_rest = o_rest / 64u;
  let o0 = o_rest % params.n;
  o_rest = o_rest / params.n;
  out[i] = in0[o0 * 64u * 4u + o1 * 1u + o2 * 64u];
}

// ---- k54_matmul: %78 = matmul(%77, %33)
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
  let rows = (params.n * 64u * 9u) / 9u;
  let inner = 4u;
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
      tileA[(e % 16u) * 32u + e / 16u] = select(0.0, in0[(min(ar, rows - 1u)) * 4u + min(ap, inner - 1u)], ar < rows && ap < inner);
      let bp = p0 + e / 32u;
      let bc = tc + e % 32u;
      tileB[(e / 32u) * 32u + e % 32u] = select(0.0, in1[(min(bp, inner - 1u)) * 9u + min(bc, 8u)], bp < inner && bc < 9u);
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
  if (r0 + 0u < rows && c0 + 0u < 9u) { out[(r0 + 0u) * 9u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 9u) { out[(r0 + 0u) * 9u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 9u) { out[(r0 + 0u) * 9u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 9u) { out[(r0 + 0u) * 9u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 9u) { out[(r0 + 1u) * 9u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 9u) { out[(r0 + 1u) * 9u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 9u) { out[(r0 + 1u) * 9u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 9u) { out[(r0 + 1u) * 9u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 9u) { out[(r0 + 2u) * 9u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 9u) { out[(r0 + 2u) * 9u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 9u) { out[(r0 + 2u) * 9u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 9u) { out[(r0 + 2u) * 9u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 9u) { out[(r0 + 3u) * 9u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 9u) { out[(r0 + 3u) * 9u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 9u) { out[(r0 + 3u) * 9u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 9u) { out[(r0 + 3u) * 9u + c0 + 3u] = acc3[3]; }
}

// ---- k55_matmul: %79 = matmul(%77, %32)
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
  let rows = 4u;
  let inner = params.n * 64u;
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
      tileA[(e / 32u) * 32u + e % 32u] = select(0.0, in0[(min(ap, inner - 1u)) * 4u + min(ar, rows - 1u)], ar < rows && ap < inner);
      let bp = p0 + e / 32u;
      let bc = tc + e % 32u;
      tileB[(e / 32u) * 32u + e % 32u] = select(0.0, in1[(min(bp, inner - 1u)) * 9u + min(bc, 8u)], bp < inner && bc < 9u);
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
  if (r0 + 0u < rows && c0 + 0u < 9u) { out[(r0 + 0u) * 9u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 9u) { out[(r0 + 0u) * 9u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 9u) { out[(r0 + 0u) * 9u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 9u) { out[(r0 + 0u) * 9u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 9u) { out[(r0 + 1u) * 9u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 9u) { out[(r0 + 1u) * 9u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 9u) { out[(r0 + 1u) * 9u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 9u) { out[(r0 + 1u) * 9u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 9u) { out[(r0 + 2u) * 9u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 9u) { out[(r0 + 2u) * 9u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 9u) { out[(r0 + 2u) * 9u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 9u) { out[(r0 + 2u) * 9u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 9u) { out[(r0 + 3u) * 9u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 9u) { out[(r0 + 3u) * 9u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 9u) { out[(r0 + 3u) * 9u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 9u) { out[(r0 + 3u) * 9u + c0 + 3u] = acc3[3]; }
}

// ---- k56_reshape: %80 = reshape(%79)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 4u * 1u * 3u * 3u) { return; }
  out[i] = in0[i];
}

// ---- k57_col2im: %81 = col2im(%78)
// col2im
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 1u * 8u * 8u) { return; }
  let ix = i % 8u;
  let iy = (i / 8u) % 8u;
  let c = (i / 64u) % 1u;
  let n = i / 64u;
  var acc = 0.0;
  for (var ky = 0u; ky < 3u; ky++) {
    let ty = i32(iy) + 1i - i32(ky);
    if (ty < 0 || ty % 1i != 0 || ty / 1i >= 8i) { continue; }
    let oy = u32(ty / 1i);
    for (var kx = 0u; kx < 3u; kx++) {
      let tx = i32(ix) + 1i - i32(kx);
      if (tx < 0 || tx % 1i != 0 || tx / 1i >= 8i) { continue; }
      let ox = u32(tx / 1i);
      acc += in0[(n * 64u + oy * 8u + ox) * 9u + (c * 3u + ky) * 3u + kx];
    }
  }
  out[i] = acc;
}

// ---- k58_reduce_sum: %82 = reduce_sum(%81)
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
  let live = o < 1u * 1u * 1u * 1u;
  var o_rest = min(o, 1u * 1u * 1u * 1u - 1u);
  let o3 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let o2 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let o1 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let o0 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let base = o1 * 8u * 8u;
  var acc = 0.0;
  if (live) {
    for (var e = lane; e < params.n * 8u * 8u; e += 64u) {
      var rest = e;
      let r3 = rest % 8u;
      rest = rest / 8u;
      let r2 = rest % 8u;
      rest = rest / 8u;
      let r0 = rest % params.n;
      rest = rest / params.n;
      let v = in0[base + r0 * 8u * 8u * 1u + r2 * 8u + r3 * 1u];
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

// ---- k59_reshape: %83 = reshape(%82)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 1u * 1u * 1u) { return; }
  out[i] = in0[i];
}

// ---- k60_mul: %84 = mul(%81, %14)
// mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 1u * 8u * 8u) { return; }
  let l0 = in0[i];
  let l1 = in1[i];
  out[i] = (l0 * l1);
}

// ---- k61_reduce_sum: %85 = reduce_sum(%84)
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
  let live = o < 1u * 1u * 1u * 1u;
  var o_rest = min(o, 1u * 1u * 1u * 1u - 1u);
  let o3 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let o2 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let o1 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let o0 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let base = o1 * 8u * 8u;
  var acc = 0.0;
  if (live) {
    for (var e = lane; e < params.n * 8u * 8u; e += 64u) {
      var rest = e;
      let r3 = rest % 8u;
      rest = rest / 8u;
      let r2 = rest % 8u;
      rest = rest / 8u;
      let r0 = rest % params.n;
      rest = rest / params.n;
      let v = in0[base + r0 * 8u * 8u * 1u + r2 * 8u + r3 * 1u];
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

// ---- k62_reshape: %86 = reshape(%85)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 1u * 1u * 1u) { return; }
  out[i] = in0[i];
}

// ---- k63_reshape: %87 = reshape(%83)
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

// ---- k64_reshape: %88 = reshape(%86)
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

// ---- k65_constant: %89 = constant()
// constant
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 1u) { return; }
  out[i] = 0.05000000074505806;
}

// ---- k66_fused_mul_sub: %91 = sub(%lr, %89, %18)
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
  if (i >= 1u) { return; }
  let l0 = in0[i];
  let l1 = in1[i];
  let l2 = in2[i];
  let t0 = (l0 * l1);
  out[i] = (l2 - t0);
}

// ---- k67_constant: %94 = constant()
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

// ---- k68_fused_mul_mul_add: %96 = add(%16, %exp_avg.batchnorm1.weight, %94, %88)
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
  if (i >= 1u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[0u];
  let l3 = in3[i];
  let t0 = (l0 * l1);
  let t1 = (l2 * l3);
  out[i] = (t0 + t1);
}

// ---- k69_constant: %97 = constant()
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

// ---- k70_constant: %99 = constant()
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

// ---- k71_fused_mul_mul_mul_add: %102 = add(%97, %exp_avg_sq.batchnorm1.weight, %88, %99)
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
  if (i >= 1u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let l3 = in3[0u];
  let t0 = (l0 * l1);
  let t1 = (l2 * l2);
  let t2 = (l3 * t1);
  out[i] = (t0 + t2);
}

// ---- k72_fused_pow_sub_sqrt: %108 = sqrt(%97, %t, %18)
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

// ---- k73_constant: %110 = constant()
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

// ---- k74_fused_pow_sub_div: %112 = div(%16, %t, %18, %lr)
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

// ---- k75_fused_mul_sqrt_div_add_div_mul_sub: %115 = sub(%batchnorm1.weight, %91, %102, %108, %110, %96, %112)
// mul → sqrt → div → add → div → mul → sub
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read> in2: array<f32>;
@group(0) @binding(4) var<storage, read> in3: array<f32>;
@group(0) @binding(5) var<storage, read> in4: array<f32>;
@group(0) @binding(6) var<storage, read> in5: array<f32>;
@group(0) @binding(7) var<storage, read> in6: array<f32>;
@group(0) @binding(8) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 1u) { return; }
  let l0 = in0[i];
  let l1 = in1[0u];
  let l2 = in2[i];
  let l3 = in3[0u];
  let l4 = in4[0u];
  let l5 = in5[i];
  let l6 = in6[0u];
  let t0 = (l0 * l1);
  let t1 = sqrt(l2);
  let t2 = (t1 / l3);
  let t3 = (t2 + l4);
  let t4 = (l5 / t3);
  let t5 = (l6 * t4);
  out[i] = (t0 - t5);
}

// ---- k76_fused_mul_mul_add: %119 = add(%16, %exp_avg.batchnorm1.bias, %94, %87)
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
  if (i >= 1u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[0u];
  let l3 = in3[i];
  let t0 = (l0 * l1);
  let t1 = (l2 * l3);
  out[i] = (t0 + t1);
}

// ---- k77_fused_mul_mul_mul_add: %123 = add(%97, %exp_avg_sq.batchnorm1.bias, %87, %99)
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
  if (i >= 1u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let l3 = in3[0u];
  let t0 = (l0 * l1);
  let t1 = (l2 * l2);
  let t2 = (l3 * t1);
  out[i] = (t0 + t2);
}

// ---- k78_fused_mul_sqrt_div_add_div_mul_sub: %129 = sub(%batchnorm1.bias, %91, %123, %108, %110, %119, %112)
// mul → sqrt → div → add → div → mul → sub
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read> in2: array<f32>;
@group(0) @binding(4) var<storage, read> in3: array<f32>;
@group(0) @binding(5) var<storage, read> in4: array<f32>;
@group(0) @binding(6) var<storage, read> in5: array<f32>;
@group(0) @binding(7) var<storage, read> in6: array<f32>;
@group(0) @binding(8) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 1u) { return; }
  let l0 = in0[i];
  let l1 = in1[0u];
  let l2 = in2[i];
  let l3 = in3[0u];
  let l4 = in4[0u];
  let l5 = in5[i];
  let l6 = in6[0u];
  let t0 = (l0 * l1);
  let t1 = sqrt(l2);
  let t2 = (t1 / l3);
  let t3 = (t2 + l4);
  let t4 = (l5 / t3);
  let t5 = (l6 * t4);
  out[i] = (t0 - t5);
}

// ---- k79_fused_mul_mul_add: %133 = add(%16, %exp_avg.conv2d1.weight, %94, %80)
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
  if (i >= 4u * 1u * 3u * 3u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[0u];
  let l3 = in3[i];
  let t0 = (l0 * l1);
  let t1 = (l2 * l3);
  out[i] = (t0 + t1);
}

// ---- k80_fused_mul_mul_mul_add: %137 = add(%97, %exp_avg_sq.conv2d1.weight, %80, %99)
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
  if (i >= 4u * 1u * 3u * 3u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let l3 = in3[0u];
  let t0 = (l0 * l1);
  let t1 = (l2 * l2);
  let t2 = (l3 * t1);
  out[i] = (t0 + t2);
}

// ---- k81_fused_mul_sqrt_div_add_div_mul_sub: %143 = sub(%conv2d1.weight, %91, %137, %108, %110, %133, %112)
// mul → sqrt → div → add → div → mul → sub
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read> in2: array<f32>;
@group(0) @binding(4) var<storage, read> in3: array<f32>;
@group(0) @binding(5) var<storage, read> in4: array<f32>;
@group(0) @binding(6) var<storage, read> in5: array<f32>;
@group(0) @binding(7) var<storage, read> in6: array<f32>;
@group(0) @binding(8) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 4u * 1u * 3u * 3u) { return; }
  let l0 = in0[i];
  let l1 = in1[0u];
  let l2 = in2[i];
  let l3 = in3[0u];
  let l4 = in4[0u];
  let l5 = in5[i];
  let l6 = in6[0u];
  let t0 = (l0 * l1);
  let t1 = sqrt(l2);
  let t2 = (t1 / l3);
  let t3 = (t2 + l4);
  let t4 = (l5 / t3);
  let t5 = (l6 * t4);
  out[i] = (t0 - t5);
}

// ---- k82_fused_mul_mul_add: %147 = add(%16, %exp_avg.linear1.weight, %94, %73)
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
  if (i >= 1u * 64u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[0u];
  let l3 = in3[i];
  let t0 = (l0 * l1);
  let t1 = (l2 * l3);
  out[i] = (t0 + t1);
}

// ---- k83_fused_mul_mul_mul_add: %151 = add(%97, %exp_avg_sq.linear1.weight, %73, %99)
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
  if (i >= 1u * 64u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let l3 = in3[0u];
  let t0 = (l0 * l1);
  let t1 = (l2 * l2);
  let t2 = (l3 * t1);
  out[i] = (t0 + t2);
}

// ---- k84_fused_mul_sqrt_div_add_div_mul_sub: %157 = sub(%linear1.weight, %91, %151, %108, %110, %147, %112)
// mul → sqrt → div → add → div → mul → sub
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read> in2: array<f32>;
@group(0) @binding(4) var<storage, read> in3: array<f32>;
@group(0) @binding(5) var<storage, read> in4: array<f32>;
@group(0) @binding(6) var<storage, read> in5: array<f32>;
@group(0) @binding(7) var<storage, read> in6: array<f32>;
@group(0) @binding(8) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 1u * 64u) { return; }
  let l0 = in0[i];
  let l1 = in1[0u];
  let l2 = in2[i];
  let l3 = in3[0u];
  let l4 = in4[0u];
  let l5 = in5[i];
  let l6 = in6[0u];
  let t0 = (l0 * l1);
  let t1 = sqrt(l2);
  let t2 = (t1 / l3);
  let t3 = (t2 + l4);
  let t4 = (l5 / t3);
  let t5 = (l6 * t4);
  out[i] = (t0 - t5);
}

// ---- k85_fused_mul_mul_add: %161 = add(%16, %exp_avg.linear1.bias, %94, %71)
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
  if (i >= 1u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[0u];
  let l3 = in3[i];
  let t0 = (l0 * l1);
  let t1 = (l2 * l3);
  out[i] = (t0 + t1);
}

// ---- k86_fused_mul_mul_mul_add: %165 = add(%97, %exp_avg_sq.linear1.bias, %71, %99)
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
  if (i >= 1u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let l3 = in3[0u];
  let t0 = (l0 * l1);
  let t1 = (l2 * l2);
  let t2 = (l3 * t1);
  out[i] = (t0 + t2);
}

// ---- k87_fused_mul_sqrt_div_add_div_mul_sub: %171 = sub(%linear1.bias, %91, %165, %108, %110, %161, %112)
// mul → sqrt → div → add → div → mul → sub
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read> in2: array<f32>;
@group(0) @binding(4) var<storage, read> in3: array<f32>;
@group(0) @binding(5) var<storage, read> in4: array<f32>;
@group(0) @binding(6) var<storage, read> in5: array<f32>;
@group(0) @binding(7) var<storage, read> in6: array<f32>;
@group(0) @binding(8) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 1u) { return; }
  let l0 = in0[i];
  let l1 = in1[0u];
  let l2 = in2[i];
  let l3 = in3[0u];
  let l4 = in4[0u];
  let l5 = in5[i];
  let l6 = in6[0u];
  let t0 = (l0 * l1);
  let t1 = sqrt(l2);
  let t2 = (t1 / l3);
  let t3 = (t2 + l4);
  let t4 = (l5 / t3);
  let t5 = (l6 * t4);
  out[i] = (t0 - t5);
}
