// LinearSVM.train: 38 kernels for a hardware adapter, dispatched in this order into one command buffer
//   %0 = reshape(%image); one invocation per element of f32[N,3072]
//   %1 = matmul(%0, %scores.weight); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[N,10]
//   %2 = add(%1, %scores.bias); one invocation per element of f32[N,10]
//   %3 = one_hot(%label); one invocation per element of f32[N,10]
//   %4 = mul(%2, %3); one invocation per element of f32[N,10]
//   %5 = reduce_sum(%4); a workgroup of 64 per element of f32[N,1]
//   %7 = constant(); one invocation per element of f32[]
//   %8 = sub → add(%2, %5, %7); one invocation per element of f32[N,10]
//   %9 = relu(%8); one invocation per element of f32[N,10]
//   %10 = reduce_sum(%9); a workgroup of 64 per element of f32[N]
//   %11 = sub(%10, %7); one invocation per element of f32[N]
//   %12 = reduce_sum(%11); a workgroup of 64 per element of f32[]
//   %13 = batch_size(); one invocation per element of f32[]
//   %14 = div(%12, %13); one invocation per element of f32[]
//   %15 = constant(); one invocation per element of f32[]
//   %16 = argmax(%2); a workgroup of 64 per row of i32[N]
//   %17 = cast(%16); one invocation per element of f32[N]
//   %18 = cast(%label); one invocation per element of f32[N]
//   %19 = equal(%17, %18); one invocation per element of f32[N]
//   %20 = reduce_sum(%19); a workgroup of 64 per element of f32[]
//   %21 = reshape(%15); one invocation per element of f32[1,1]
//   %22 = broadcast(%21); one invocation per element of f32[10,3072]
//   %23 = mul(%22, %scores.weight); one invocation per element of f32[10,3072]
//   %25 = div(%7, %13); one invocation per element of f32[]
//   %26 = reshape(%25); one invocation per element of f32[1]
//   %27 = broadcast(%26); one invocation per element of f32[N]
//   %28 = reshape(%27); one invocation per element of f32[N,1]
//   %29 = broadcast(%28); one invocation per element of f32[N,10]
//   %31 = step → mul(%8, %29); one invocation per element of f32[N,10]
//   %32 = neg(%31); one invocation per element of f32[N,10]
//   %33 = reduce_sum(%32); a workgroup of 64 per element of f32[N,1]
//   %34 = broadcast(%33); one invocation per element of f32[N,10]
//   %36 = mul → add(%34, %3, %31); one invocation per element of f32[N,10]
//   %37 = reduce_sum(%36); a workgroup of 64 per element of f32[1,10]
//   %38 = reshape(%37); one invocation per element of f32[10]
//   %39 = matmul(%36, %0); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[10,3072]
//   %42 = add → add → mul → sub(%23, %39, %lr, %scores.weight); one invocation per element of f32[10,3072]
//   %44 = mul → sub(%lr, %38, %scores.bias); one invocation per element of f32[10]

// ---- k0_reshape: %0 = reshape(%image)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 3072u) { return; }
  out[i] = in0[i];
}

// ---- k1_matmul: %1 = matmul(%0, %scores.weight)
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
  let inner = 3072u;
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
      tileA[(e % 16u) * 32u + e / 16u] = select(0.0, in0[(min(ar, rows - 1u)) * 3072u + min(ap, inner - 1u)], ar < rows && ap < inner);
      let bp = p0 + e % 16u;
      let bc = tc + e / 16u;
      tileB[(e % 16u) * 32u + e / 16u] = select(0.0, in1[(min(bc, 9u)) * 3072u + min(bp, inner - 1u)], bp < inner && bc < 10u);
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

// ---- k2_add: %2 = add(%1, %scores.bias)
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

// ---- k3_one_hot: %3 = one_hot(%label)
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

// ---- k4_mul: %4 = mul(%2, %3)
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

// ---- k5_reduce_sum: %5 = reduce_sum(%4)
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

// ---- k6_constant: %7 = constant()
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

// ---- k7_fused_sub_add: %8 = add(%2, %5, %7)
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
  if (i >= params.n * 10u) { return; }
  var o_rest = i;
  let o1 = o_rest % 10u;
  o_rest = o_rest / 10u;
  let o0 = o_rest % params.n;
  o_rest = o_rest / params.n;
  let l0 = in0[i];
  let l1 = in1[o0 * 1u];
  let l2 = in2[0u];
  let t0 = (l0 - l1);
  out[i] = (t0 + l2);
}

// ---- k8_relu: %9 = relu(%8)
// relu
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 10u) { return; }
  let l0 = in0[i];
  out[i] = max(l0, 0.0);
}

// ---- k9_reduce_sum: %10 = reduce_sum(%9)
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

// ---- k10_sub: %11 = sub(%10, %7)
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

// ---- k11_reduce_sum: %12 = reduce_sum(%11)
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

// ---- k12_batch_size: %13 = batch_size()
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

// ---- k13_div: %14 = div(%12, %13)
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

// ---- k14_constant: %15 = constant()
// constant
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 1u) { return; }
  out[i] = 0.0005000000237487257;
}

// ---- k15_argmax: %16 = argmax(%2)
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

// ---- k16_cast: %17 = cast(%16)
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

// ---- k17_cast: %18 = cast(%label)
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

// ---- k18_equal: %19 = equal(%17, %18)
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

// ---- k20_reshape: %21 = reshape(%15)
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

// ---- k21_broadcast: %22 = broadcast(%21)
// broadcast
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 10u * 3072u) { return; }
  var o_rest = i;
  let o1 = o_rest % 3072u;
  o_rest = o_rest / 3072u;
  let o0 = o_rest % 10u;
  o_rest = o_rest / 10u;
  out[i] = in0[0u];
}

// ---- k22_mul: %23 = mul(%22, %scores.weight)
// mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 10u * 3072u) { return; }
  let l0 = in0[i];
  let l1 = in1[i];
  out[i] = (l0 * l1);
}

// ---- k23_div: %25 = div(%7, %13)
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

// ---- k24_reshape: %26 = reshape(%25)
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

// ---- k25_broadcast: %27 = broadcast(%26)
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

// ---- k26_reshape: %28 = reshape(%27)
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

// ---- k27_broadcast: %29 = broadcast(%28)
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

// ---- k28_fused_step_mul: %31 = mul(%8, %29)
// step → mul
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
  let t0 = select(0.0, 1.0, l0 > 0.0);
  out[i] = (l1 * t0);
}

// ---- k29_neg: %32 = neg(%31)
// neg
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 10u) { return; }
  let l0 = in0[i];
  out[i] = (-l0);
}

// ---- k30_reduce_sum: %33 = reduce_sum(%32)
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

// ---- k31_broadcast: %34 = broadcast(%33)
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

// ---- k32_fused_mul_add: %36 = add(%34, %3, %31)
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
  if (i >= params.n * 10u) { return; }
  let l0 = in0[i];
  let l1 = in1[i];
  let l2 = in2[i];
  let t0 = (l0 * l1);
  out[i] = (l2 + t0);
}

// ---- k33_reduce_sum: %37 = reduce_sum(%36)
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

// ---- k34_reshape: %38 = reshape(%37)
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

// ---- k35_matmul: %39 = matmul(%36, %0)
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
  let tr = (group / 96u) * 32u;
  let tc = (group % 96u) * 32u;
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
      tileB[(e / 32u) * 32u + e % 32u] = select(0.0, in1[(min(bp, inner - 1u)) * 3072u + min(bc, 3071u)], bp < inner && bc < 3072u);
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
  if (r0 + 0u < rows && c0 + 0u < 3072u) { out[(r0 + 0u) * 3072u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 3072u) { out[(r0 + 0u) * 3072u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 3072u) { out[(r0 + 0u) * 3072u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 3072u) { out[(r0 + 0u) * 3072u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 3072u) { out[(r0 + 1u) * 3072u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 3072u) { out[(r0 + 1u) * 3072u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 3072u) { out[(r0 + 1u) * 3072u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 3072u) { out[(r0 + 1u) * 3072u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 3072u) { out[(r0 + 2u) * 3072u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 3072u) { out[(r0 + 2u) * 3072u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 3072u) { out[(r0 + 2u) * 3072u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 3072u) { out[(r0 + 2u) * 3072u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 3072u) { out[(r0 + 3u) * 3072u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 3072u) { out[(r0 + 3u) * 3072u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 3072u) { out[(r0 + 3u) * 3072u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 3072u) { out[(r0 + 3u) * 3072u + c0 + 3u] = acc3[3]; }
}

// ---- k36_fused_add_add_mul_sub: %42 = sub(%23, %39, %lr, %scores.weight)
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
  if (i >= 10u * 3072u) { return; }
  let l0 = in0[i];
  let l1 = in1[i];
  let l2 = in2[0u];
  let l3 = in3[i];
  let t0 = (l0 + l0);
  let t1 = (t0 + l1);
  let t2 = (l2 * t1);
  out[i] = (l3 - t2);
}

// ---- k37_fused_mul_sub: %44 = sub(%lr, %38, %scores.bias)
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
