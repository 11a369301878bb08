// Skip.train: 54 kernels, dispatched in this order into one command buffer
//   k0_matmul              %0 = matmul(%x, %linear1.weight); one invocation per 4x4 block of f32[N,64]
//   k1_add                 %1 = add(%0, %linear1.bias); one invocation per element of f32[N,64]
//   k2_relu                %2 = relu(%1); one invocation per element of f32[N,64]
//   k3_matmul              %3 = matmul(%2, %linear2.weight); one invocation per 4x4 block of f32[N,10]
//   k4_add                 %4 = add(%3, %linear2.bias); one invocation per element of f32[N,10]
//   k5_reduce_max          %5 = reduce_max(%4); one invocation per element of f32[N,1]
//   k6_stop_gradient       %6 = stop_gradient(%5); one invocation per element of f32[N,1]
//   k7_sub                 %7 = sub(%4, %6); one invocation per element of f32[N,10]
//   k8_exp                 %8 = exp(%7); one invocation per element of f32[N,10]
//   k9_reduce_sum          %9 = reduce_sum(%8); one invocation per element of f32[N,1]
//   k10_log                %10 = log(%9); one invocation per element of f32[N,1]
//   k11_one_hot            %11 = one_hot(%y); one invocation per element of f32[N,10]
//   k12_reshape            %12 = reshape(%10); one invocation per element of f32[N]
//   k13_mul                %13 = mul(%7, %11); one invocation per element of f32[N,10]
//   k14_reduce_sum         %14 = reduce_sum(%13); one invocation per element of f32[N]
//   k15_sub                %15 = sub(%12, %14); one invocation per element of f32[N]
//   k16_reduce_sum         %16 = reduce_sum(%15); one invocation per element of f32[]
//   k17_batch_size         %17 = batch_size(); one invocation per element of f32[]
//   k18_div                %18 = div(%16, %17); one invocation per element of f32[]
//   k19_argmax             %19 = argmax(%4); one invocation per element of i32[N]
//   k20_cast               %20 = cast(%19); one invocation per element of f32[N]
//   k21_cast               %21 = cast(%y); one invocation per element of f32[N]
//   k22_equal              %22 = equal(%20, %21); one invocation per element of f32[N]
//   k23_reduce_sum         %23 = reduce_sum(%22); one invocation per element of f32[]
//   k24_constant           %24 = constant(); one invocation per element of f32[]
//   k25_div                %25 = div(%24, %17); one invocation per element of f32[]
//   k26_reshape            %26 = reshape(%25); one invocation per element of f32[1]
//   k27_broadcast          %27 = broadcast(%26); one invocation per element of f32[N]
//   k28_neg                %28 = neg(%27); one invocation per element of f32[N]
//   k29_reshape            %29 = reshape(%28); one invocation per element of f32[N,1]
//   k30_broadcast          %30 = broadcast(%29); one invocation per element of f32[N,10]
//   k31_mul                %31 = mul(%30, %11); one invocation per element of f32[N,10]
//   k32_reshape            %32 = reshape(%27); one invocation per element of f32[N,1]
//   k33_div                %33 = div(%32, %9); one invocation per element of f32[N,1]
//   k34_broadcast          %34 = broadcast(%33); one invocation per element of f32[N,10]
//   k35_mul                %35 = mul(%34, %8); one invocation per element of f32[N,10]
//   k36_add                %36 = add(%31, %35); one invocation per element of f32[N,10]
//   k37_reduce_sum         %37 = reduce_sum(%36); one invocation per element of f32[1,10]
//   k38_reshape            %38 = reshape(%37); one invocation per element of f32[10]
//   k39_matmul             %39 = matmul(%36, %linear2.weight); one invocation per 4x4 block of f32[N,64]
//   k40_matmul             %40 = matmul(%36, %2); one invocation per 4x4 block of f32[10,64]
//   k41_step               %41 = step(%1); one invocation per element of f32[N,64]
//   k42_mul                %42 = mul(%39, %41); one invocation per element of f32[N,64]
//   k43_reduce_sum         %43 = reduce_sum(%42); one invocation per element of f32[1,64]
//   k44_reshape            %44 = reshape(%43); one invocation per element of f32[64]
//   k45_matmul             %45 = matmul(%42, %x); one invocation per 4x4 block of f32[64,64]
//   k46_mul                %46 = mul(%lr, %45); one invocation per element of f32[64,64]
//   k47_sub                %47 = sub(%linear1.weight, %46); one invocation per element of f32[64,64]
//   k48_mul                %48 = mul(%lr, %44); one invocation per element of f32[64]
//   k49_sub                %49 = sub(%linear1.bias, %48); one invocation per element of f32[64]
//   k50_mul                %50 = mul(%lr, %40); one invocation per element of f32[10,64]
//   k51_sub                %51 = sub(%linear2.weight, %50); one invocation per element of f32[10,64]
//   k52_mul                %52 = mul(%lr, %38); one invocation per element of f32[10]
//   k53_sub                %53 = sub(%linear2.bias, %52); one invocation per element of f32[10]

// ---- k0_matmul: %0 = matmul(%x, %linear1.weight)
// matmul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  let rows = (params.n * 64u) / 64u;
  let r0 = (i / 16u) * 4u;
  let c0 = (i % 16u) * 4u;
  if (r0 >= rows) { return; }
  var acc0 = vec4f(0.0);
  var acc1 = vec4f(0.0);
  var acc2 = vec4f(0.0);
  var acc3 = vec4f(0.0);
  for (var p = 0u; p < 64u; p++) {
    let bv = vec4f(select(0.0, in1[(c0 + 0u) * 64u + p], c0 + 0u < 64u), select(0.0, in1[(c0 + 1u) * 64u + p], c0 + 1u < 64u), select(0.0, in1[(c0 + 2u) * 64u + p], c0 + 2u < 64u), select(0.0, in1[(c0 + 3u) * 64u + p], c0 + 3u < 64u));
    acc0 += select(0.0, in0[((r0 + 0u)) * 64u + p], r0 + 0u < rows) * bv;
    acc1 += select(0.0, in0[((r0 + 1u)) * 64u + p], r0 + 1u < rows) * bv;
    acc2 += select(0.0, in0[((r0 + 2u)) * 64u + p], r0 + 2u < rows) * bv;
    acc3 += select(0.0, in0[((r0 + 3u)) * 64u + p], r0 + 3u < rows) * bv;
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
  let u = in0[i];
  let v = in1[o1 * 1u];
  out[i] = (u + v);
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
  let v = in0[i];
  out[i] = max(v, 0.0);
}

// ---- k3_matmul: %3 = matmul(%2, %linear2.weight)
// matmul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  let rows = (params.n * 10u) / 10u;
  let r0 = (i / 3u) * 4u;
  let c0 = (i % 3u) * 4u;
  if (r0 >= rows) { return; }
  var acc0 = vec4f(0.0);
  var acc1 = vec4f(0.0);
  var acc2 = vec4f(0.0);
  var acc3 = vec4f(0.0);
  for (var p = 0u; p < 64u; p++) {
    let bv = vec4f(select(0.0, in1[(c0 + 0u) * 64u + p], c0 + 0u < 10u), select(0.0, in1[(c0 + 1u) * 64u + p], c0 + 1u < 10u), select(0.0, in1[(c0 + 2u) * 64u + p], c0 + 2u < 10u), select(0.0, in1[(c0 + 3u) * 64u + p], c0 + 3u < 10u));
    acc0 += select(0.0, in0[((r0 + 0u)) * 64u + p], r0 + 0u < rows) * bv;
    acc1 += select(0.0, in0[((r0 + 1u)) * 64u + p], r0 + 1u < rows) * bv;
    acc2 += select(0.0, in0[((r0 + 2u)) * 64u + p], r0 + 2u < rows) * bv;
    acc3 += select(0.0, in0[((r0 + 3u)) * 64u + p], r0 + 3u < rows) * bv;
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
  let u = in0[i];
  let v = in1[o1 * 1u];
  out[i] = (u + v);
}

// ---- k5_reduce_max: %5 = reduce_max(%4)
// reduce_max
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 1u) { return; }
  var o_rest = i;
  let o1 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let o0 = o_rest % params.n;
  o_rest = o_rest / params.n;
  let base = o0 * 10u;
  var acc = bitcast<f32>(0xff7fffffu);
  for (var r1 = 0u; r1 < 10u; r1++) {
  let v = in0[base + r1 * 1u]; if (v > acc || v != v) { acc = v; }
  }
  out[i] = acc;
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
  let v = in0[i];
  out[i] = v;
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
  let u = in0[i];
  let v = in1[o0 * 1u];
  out[i] = (u - v);
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
  let v = in0[i];
  out[i] = exp(v);
}

// ---- k9_reduce_sum: %9 = reduce_sum(%8)
// reduce_sum
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 1u) { return; }
  var o_rest = i;
  let o1 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let o0 = o_rest % params.n;
  o_rest = o_rest / params.n;
  let base = o0 * 10u;
  var acc = 0.0;
  for (var r1 = 0u; r1 < 10u; r1++) {
  acc += in0[base + r1 * 1u];
  }
  out[i] = acc;
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
  let v = in0[i];
  out[i] = log(v);
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
  let u = in0[i];
  let v = in1[i];
  out[i] = (u * v);
}

// ---- k14_reduce_sum: %14 = reduce_sum(%13)
// reduce_sum
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n) { return; }
  var o_rest = i;
  let o1 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let o0 = o_rest % params.n;
  o_rest = o_rest / params.n;
  let base = o0 * 10u;
  var acc = 0.0;
  for (var r1 = 0u; r1 < 10u; r1++) {
  acc += in0[base + r1 * 1u];
  }
  out[i] = acc;
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
  let u = in0[i];
  let v = in1[i];
  out[i] = (u - v);
}

// ---- k16_reduce_sum: %16 = reduce_sum(%15)
// reduce_sum
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 1u) { return; }
  var o_rest = i;
  let o0 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let base = 0u;
  var acc = 0.0;
  for (var r0 = 0u; r0 < params.n; r0++) {
  acc += in0[base + r0 * 1u];
  }
  out[i] = acc;
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
  let u = in0[i];
  let v = in1[i];
  out[i] = (u / v);
}

// ---- k19_argmax: %19 = argmax(%4)
// argmax
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<i32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n) { return; }
  var best = 0i;
  var bestV = in0[i * 10u];
  for (var j = 1u; j < 10u; j++) {
      let v = in0[i * 10u + j];
      if (v > bestV) { bestV = v; best = i32(j); }
    }
    out[i] = best;
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
  let u = in0[i];
  let v = in1[i];
  out[i] = select(0.0, 1.0, u == v);
}

// ---- k23_reduce_sum: %23 = reduce_sum(%22)
// reduce_sum
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 1u) { return; }
  var o_rest = i;
  let o0 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let base = 0u;
  var acc = 0.0;
  for (var r0 = 0u; r0 < params.n; r0++) {
  acc += in0[base + r0 * 1u];
  }
  out[i] = acc;
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
  let u = in0[i];
  let v = in1[i];
  out[i] = (u / v);
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
  let v = in0[i];
  out[i] = (-v);
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

// ---- k31_mul: %31 = mul(%30, %11)
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
  let u = in0[i];
  let v = in1[i];
  out[i] = (u * v);
}

// ---- k32_reshape: %32 = reshape(%27)
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

// ---- k33_div: %33 = div(%32, %9)
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
  let u = in0[i];
  let v = in1[i];
  out[i] = (u / v);
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

// ---- k35_mul: %35 = mul(%34, %8)
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
  let u = in0[i];
  let v = in1[i];
  out[i] = (u * v);
}

// ---- k36_add: %36 = add(%31, %35)
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
  let u = in0[i];
  let v = in1[i];
  out[i] = (u + v);
}

// ---- k37_reduce_sum: %37 = reduce_sum(%36)
// reduce_sum
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 1u * 10u) { return; }
  var o_rest = i;
  let o1 = o_rest % 10u;
  o_rest = o_rest / 10u;
  let o0 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let base = o1 * 1u;
  var acc = 0.0;
  for (var r0 = 0u; r0 < params.n; r0++) {
  acc += in0[base + r0 * 10u];
  }
  out[i] = acc;
}

// ---- k38_reshape: %38 = reshape(%37)
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

// ---- k39_matmul: %39 = matmul(%36, %linear2.weight)
// matmul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  let rows = (params.n * 64u) / 64u;
  let r0 = (i / 16u) * 4u;
  let c0 = (i % 16u) * 4u;
  if (r0 >= rows) { return; }
  var acc0 = vec4f(0.0);
  var acc1 = vec4f(0.0);
  var acc2 = vec4f(0.0);
  var acc3 = vec4f(0.0);
  for (var p = 0u; p < 10u; p++) {
    let bv = vec4f(select(0.0, in1[p * 64u + c0 + 0u], c0 + 0u < 64u), select(0.0, in1[p * 64u + c0 + 1u], c0 + 1u < 64u), select(0.0, in1[p * 64u + c0 + 2u], c0 + 2u < 64u), select(0.0, in1[p * 64u + c0 + 3u], c0 + 3u < 64u));
    acc0 += select(0.0, in0[((r0 + 0u)) * 10u + p], r0 + 0u < rows) * bv;
    acc1 += select(0.0, in0[((r0 + 1u)) * 10u + p], r0 + 1u < rows) * bv;
    acc2 += select(0.0, in0[((r0 + 2u)) * 10u + p], r0 + 2u < rows) * bv;
    acc3 += select(0.0, in0[((r0 + 3u)) * 10u + p], r0 + 3u < rows) * bv;
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

// ---- k40_matmul: %40 = matmul(%36, %2)
// matmul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  let rows = 10u;
  let r0 = (i / 16u) * 4u;
  let c0 = (i % 16u) * 4u;
  if (r0 >= rows) { return; }
  var acc0 = vec4f(0.0);
  var acc1 = vec4f(0.0);
  var acc2 = vec4f(0.0);
  var acc3 = vec4f(0.0);
  for (var p = 0u; p < params.n; p++) {
    let bv = vec4f(select(0.0, in1[p * 64u + c0 + 0u], c0 + 0u < 64u), select(0.0, in1[p * 64u + c0 + 1u], c0 + 1u < 64u), select(0.0, in1[p * 64u + c0 + 2u], c0 + 2u < 64u), select(0.0, in1[p * 64u + c0 + 3u], c0 + 3u < 64u));
    acc0 += select(0.0, in0[p * 10u + (r0 + 0u)], r0 + 0u < rows) * bv;
    acc1 += select(0.0, in0[p * 10u + (r0 + 1u)], r0 + 1u < rows) * bv;
    acc2 += select(0.0, in0[p * 10u + (r0 + 2u)], r0 + 2u < rows) * bv;
    acc3 += select(0.0, in0[p * 10u + (r0 + 3u)], r0 + 3u < rows) * bv;
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

// ---- k41_step: %41 = step(%1)
// step
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 64u) { return; }
  let v = in0[i];
  out[i] = select(0.0, 1.0, v > 0.0);
}

// ---- k42_mul: %42 = mul(%39, %41)
// mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 64u) { return; }
  let u = in0[i];
  let v = in1[i];
  out[i] = (u * v);
}

// ---- k43_reduce_sum: %43 = reduce_sum(%42)
// reduce_sum
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 1u * 64u) { return; }
  var o_rest = i;
  let o1 = o_rest % 64u;
  o_rest = o_rest / 64u;
  let o0 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let base = o1 * 1u;
  var acc = 0.0;
  for (var r0 = 0u; r0 < params.n; r0++) {
  acc += in0[base + r0 * 64u];
  }
  out[i] = acc;
}

// ---- k44_reshape: %44 = reshape(%43)
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

// ---- k45_matmul: %45 = matmul(%42, %x)
// matmul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  let rows = 64u;
  let r0 = (i / 16u) * 4u;
  let c0 = (i % 16u) * 4u;
  if (r0 >= rows) { return; }
  var acc0 = vec4f(0.0);
  var acc1 = vec4f(0.0);
  var acc2 = vec4f(0.0);
  var acc3 = vec4f(0.0);
  for (var p = 0u; p < params.n; p++) {
    let bv = vec4f(select(0.0, in1[p * 64u + c0 + 0u], c0 + 0u < 64u), select(0.0, in1[p * 64u + c0 + 1u], c0 + 1u < 64u), select(0.0, in1[p * 64u + c0 + 2u], c0 + 2u < 64u), select(0.0, in1[p * 64u + c0 + 3u], c0 + 3u < 64u));
    acc0 += select(0.0, in0[p * 64u + (r0 + 0u)], r0 + 0u < rows) * bv;
    acc1 += select(0.0, in0[p * 64u + (r0 + 1u)], r0 + 1u < rows) * bv;
    acc2 += select(0.0, in0[p * 64u + (r0 + 2u)], r0 + 2u < rows) * bv;
    acc3 += select(0.0, in0[p * 64u + (r0 + 3u)], r0 + 3u < rows) * bv;
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

// ---- k46_mul: %46 = mul(%lr, %45)
// mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 64u * 64u) { return; }
  let u = in0[0u];
  let v = in1[i];
  out[i] = (u * v);
}

// ---- k47_sub: %47 = sub(%linear1.weight, %46)
// sub
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 64u * 64u) { return; }
  let u = in0[i];
  let v = in1[i];
  out[i] = (u - v);
}

// ---- k48_mul: %48 = mul(%lr, %44)
// mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 64u) { return; }
  let u = in0[0u];
  let v = in1[i];
  out[i] = (u * v);
}

// ---- k49_sub: %49 = sub(%linear1.bias, %48)
// sub
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 64u) { return; }
  let u = in0[i];
  let v = in1[i];
  out[i] = (u - v);
}

// ---- k50_mul: %50 = mul(%lr, %40)
// mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 10u * 64u) { return; }
  let u = in0[0u];
  let v = in1[i];
  out[i] = (u * v);
}

// ---- k51_sub: %51 = sub(%linear2.weight, %50)
// sub
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 10u * 64u) { return; }
  let u = in0[i];
  let v = in1[i];
  out[i] = (u - v);
}

// ---- k52_mul: %52 = mul(%lr, %38)
// mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 10u) { return; }
  let u = in0[0u];
  let v = in1[i];
  out[i] = (u * v);
}

// ---- k53_sub: %53 = sub(%linear2.bias, %52)
// sub
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 10u) { return; }
  let u = in0[i];
  let v = in1[i];
  out[i] = (u - v);
}
