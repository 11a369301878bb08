// Mlp.train: 68 kernels, dispatched in this order into one command buffer
//   k0_matmul              %0 = matmul(%x, %linear1.weight); one invocation per 4x4 block of f32[N,128]
//   k1_add                 %1 = add(%0, %linear1.bias); one invocation per element of f32[N,128]
//   k2_relu                %2 = relu(%1); one invocation per element of f32[N,128]
//   k3_matmul              %3 = matmul(%2, %linear2.weight); one invocation per 4x4 block of f32[N,10]
//   k4_add                 %4 = add(%3, %linear2.bias); one invocation per element of f32[N,10]
//   k5_reduce_max          %5 = reduce_max(%4); one invocation per element of f32[N,1]
//   k6_stop_gradient       %6 = stop_gradient(%5); one invocation per element of f32[N,1]
//   k7_sub                 %7 = sub(%4, %6); one invocation per element of f32[N,10]
//   k8_exp                 %8 = exp(%7); one invocation per element of f32[N,10]
//   k9_reduce_sum          %9 = reduce_sum(%8); one invocation per element of f32[N,1]
//   k10_div                %10 = div(%8, %9); one invocation per element of f32[N,10]
//   k11_reduce_max         %11 = reduce_max(%10); one invocation per element of f32[N,1]
//   k12_stop_gradient      %12 = stop_gradient(%11); one invocation per element of f32[N,1]
//   k13_sub                %13 = sub(%10, %12); one invocation per element of f32[N,10]
//   k14_exp                %14 = exp(%13); one invocation per element of f32[N,10]
//   k15_reduce_sum         %15 = reduce_sum(%14); one invocation per element of f32[N,1]
//   k16_log                %16 = log(%15); one invocation per element of f32[N,1]
//   k17_one_hot            %17 = one_hot(%y); one invocation per element of f32[N,10]
//   k18_reshape            %18 = reshape(%16); one invocation per element of f32[N]
//   k19_mul                %19 = mul(%13, %17); one invocation per element of f32[N,10]
//   k20_reduce_sum         %20 = reduce_sum(%19); one invocation per element of f32[N]
//   k21_sub                %21 = sub(%18, %20); one invocation per element of f32[N]
//   k22_reduce_sum         %22 = reduce_sum(%21); one invocation per element of f32[]
//   k23_batch_size         %23 = batch_size(); one invocation per element of f32[]
//   k24_div                %24 = div(%22, %23); one invocation per element of f32[]
//   k25_argmax             %25 = argmax(%10); one invocation per element of i32[N]
//   k26_cast               %26 = cast(%25); one invocation per element of f32[N]
//   k27_cast               %27 = cast(%y); one invocation per element of f32[N]
//   k28_equal              %28 = equal(%26, %27); one invocation per element of f32[N]
//   k29_reduce_sum         %29 = reduce_sum(%28); one invocation per element of f32[]
//   k30_constant           %30 = constant(); one invocation per element of f32[]
//   k31_div                %31 = div(%30, %23); one invocation per element of f32[]
//   k32_reshape            %32 = reshape(%31); one invocation per element of f32[1]
//   k33_broadcast          %33 = broadcast(%32); one invocation per element of f32[N]
//   k34_neg                %34 = neg(%33); one invocation per element of f32[N]
//   k35_reshape            %35 = reshape(%34); one invocation per element of f32[N,1]
//   k36_broadcast          %36 = broadcast(%35); one invocation per element of f32[N,10]
//   k37_mul                %37 = mul(%36, %17); one invocation per element of f32[N,10]
//   k38_reshape            %38 = reshape(%33); one invocation per element of f32[N,1]
//   k39_div                %39 = div(%38, %15); one invocation per element of f32[N,1]
//   k40_broadcast          %40 = broadcast(%39); one invocation per element of f32[N,10]
//   k41_mul                %41 = mul(%40, %14); one invocation per element of f32[N,10]
//   k42_add                %42 = add(%37, %41); one invocation per element of f32[N,10]
//   k43_div                %43 = div(%42, %9); one invocation per element of f32[N,10]
//   k44_mul                %44 = mul(%42, %10); one invocation per element of f32[N,10]
//   k45_div                %45 = div(%44, %9); one invocation per element of f32[N,10]
//   k46_neg                %46 = neg(%45); one invocation per element of f32[N,10]
//   k47_reduce_sum         %47 = reduce_sum(%46); one invocation per element of f32[N,1]
//   k48_broadcast          %48 = broadcast(%47); one invocation per element of f32[N,10]
//   k49_add                %49 = add(%43, %48); one invocation per element of f32[N,10]
//   k50_mul                %50 = mul(%49, %8); one invocation per element of f32[N,10]
//   k51_reduce_sum         %51 = reduce_sum(%50); one invocation per element of f32[1,10]
//   k52_reshape            %52 = reshape(%51); one invocation per element of f32[10]
//   k53_matmul             %53 = matmul(%50, %linear2.weight); one invocation per 4x4 block of f32[N,128]
//   k54_matmul             %54 = matmul(%50, %2); one invocation per 4x4 block of f32[10,128]
//   k55_step               %55 = step(%1); one invocation per element of f32[N,128]
//   k56_mul                %56 = mul(%53, %55); one invocation per element of f32[N,128]
//   k57_reduce_sum         %57 = reduce_sum(%56); one invocation per element of f32[1,128]
//   k58_reshape            %58 = reshape(%57); one invocation per element of f32[128]
//   k59_matmul             %59 = matmul(%56, %x); one invocation per 4x4 block of f32[128,784]
//   k60_mul                %60 = mul(%lr, %59); one invocation per element of f32[128,784]
//   k61_sub                %61 = sub(%linear1.weight, %60); one invocation per element of f32[128,784]
//   k62_mul                %62 = mul(%lr, %58); one invocation per element of f32[128]
//   k63_sub                %63 = sub(%linear1.bias, %62); one invocation per element of f32[128]
//   k64_mul                %64 = mul(%lr, %54); one invocation per element of f32[10,128]
//   k65_sub                %65 = sub(%linear2.weight, %64); one invocation per element of f32[10,128]
//   k66_mul                %66 = mul(%lr, %52); one invocation per element of f32[10]
//   k67_sub                %67 = sub(%linear2.bias, %66); one invocation per element of f32[10]

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
  let rows = (params.n * 128u) / 128u;
  let r0 = (i / 32u) * 4u;
  let c0 = (i % 32u) * 4u;
  if (r0 >= rows) { return; }
  var acc0 = vec4f(0.0);
  var acc1 = vec4f(0.0);
  var acc2 = vec4f(0.0);
  var acc3 = vec4f(0.0);
  for (var p = 0u; p < 784u; p++) {
    let bv = vec4f(select(0.0, in1[(c0 + 0u) * 784u + p], c0 + 0u < 128u), select(0.0, in1[(c0 + 1u) * 784u + p], c0 + 1u < 128u), select(0.0, in1[(c0 + 2u) * 784u + p], c0 + 2u < 128u), select(0.0, in1[(c0 + 3u) * 784u + p], c0 + 3u < 128u));
    acc0 += select(0.0, in0[((r0 + 0u)) * 784u + p], r0 + 0u < rows) * bv;
    acc1 += select(0.0, in0[((r0 + 1u)) * 784u + p], r0 + 1u < rows) * bv;
    acc2 += select(0.0, in0[((r0 + 2u)) * 784u + p], r0 + 2u < rows) * bv;
    acc3 += select(0.0, in0[((r0 + 3u)) * 784u + p], r0 + 3u < rows) * bv;
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
  if (i >= params.n * 128u) { return; }
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
  for (var p = 0u; p < 128u; p++) {
    let bv = vec4f(select(0.0, in1[(c0 + 0u) * 128u + p], c0 + 0u < 10u), select(0.0, in1[(c0 + 1u) * 128u + p], c0 + 1u < 10u), select(0.0, in1[(c0 + 2u) * 128u + p], c0 + 2u < 10u), select(0.0, in1[(c0 + 3u) * 128u + p], c0 + 3u < 10u));
    acc0 += select(0.0, in0[((r0 + 0u)) * 128u + p], r0 + 0u < rows) * bv;
    acc1 += select(0.0, in0[((r0 + 1u)) * 128u + p], r0 + 1u < rows) * bv;
    acc2 += select(0.0, in0[((r0 + 2u)) * 128u + p], r0 + 2u < rows) * bv;
    acc3 += select(0.0, in0[((r0 + 3u)) * 128u + p], r0 + 3u < rows) * bv;
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

// ---- k10_div: %10 = div(%8, %9)
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
  let u = in0[i];
  let v = in1[o0 * 1u];
  out[i] = (u / v);
}

// ---- k11_reduce_max: %11 = reduce_max(%10)
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

// ---- k12_stop_gradient: %12 = stop_gradient(%11)
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

// ---- k13_sub: %13 = sub(%10, %12)
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

// ---- k14_exp: %14 = exp(%13)
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

// ---- k15_reduce_sum: %15 = reduce_sum(%14)
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

// ---- k16_log: %16 = log(%15)
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

// ---- k17_one_hot: %17 = one_hot(%y)
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

// ---- k18_reshape: %18 = reshape(%16)
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

// ---- k19_mul: %19 = mul(%13, %17)
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

// ---- k20_reduce_sum: %20 = reduce_sum(%19)
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

// ---- k21_sub: %21 = sub(%18, %20)
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

// ---- k22_reduce_sum: %22 = reduce_sum(%21)
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

// ---- k23_batch_size: %23 = batch_size()
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

// ---- k24_div: %24 = div(%22, %23)
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

// ---- k25_argmax: %25 = argmax(%10)
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

// ---- k26_cast: %26 = cast(%25)
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

// ---- k27_cast: %27 = cast(%y)
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

// ---- k28_equal: %28 = equal(%26, %27)
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

// ---- k29_reduce_sum: %29 = reduce_sum(%28)
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

// ---- k30_constant: %30 = constant()
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

// ---- k31_div: %31 = div(%30, %23)
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

// ---- k32_reshape: %32 = reshape(%31)
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

// ---- k33_broadcast: %33 = broadcast(%32)
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

// ---- k34_neg: %34 = neg(%33)
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

// ---- k35_reshape: %35 = reshape(%34)
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

// ---- k36_broadcast: %36 = broadcast(%35)
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

// ---- k37_mul: %37 = mul(%36, %17)
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

// ---- k38_reshape: %38 = reshape(%33)
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

// ---- k39_div: %39 = div(%38, %15)
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

// ---- k40_broadcast: %40 = broadcast(%39)
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

// ---- k41_mul: %41 = mul(%40, %14)
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

// ---- k42_add: %42 = add(%37, %41)
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

// ---- k43_div: %43 = div(%42, %9)
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
  let u = in0[i];
  let v = in1[o0 * 1u];
  out[i] = (u / v);
}

// ---- k44_mul: %44 = mul(%42, %10)
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

// ---- k45_div: %45 = div(%44, %9)
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
  let u = in0[i];
  let v = in1[o0 * 1u];
  out[i] = (u / v);
}

// ---- k46_neg: %46 = neg(%45)
// neg
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 10u) { return; }
  let v = in0[i];
  out[i] = (-v);
}

// ---- k47_reduce_sum: %47 = reduce_sum(%46)
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

// ---- k48_broadcast: %48 = broadcast(%47)
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

// ---- k49_add: %49 = add(%43, %48)
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

// ---- k50_mul: %50 = mul(%49, %8)
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

// ---- k51_reduce_sum: %51 = reduce_sum(%50)
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

// ---- k52_reshape: %52 = reshape(%51)
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

// ---- k53_matmul: %53 = matmul(%50, %linear2.weight)
// matmul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  let rows = (params.n * 128u) / 128u;
  let r0 = (i / 32u) * 4u;
  let c0 = (i % 32u) * 4u;
  if (r0 >= rows) { return; }
  var acc0 = vec4f(0.0);
  var acc1 = vec4f(0.0);
  var acc2 = vec4f(0.0);
  var acc3 = vec4f(0.0);
  for (var p = 0u; p < 10u; p++) {
    let bv = vec4f(select(0.0, in1[p * 128u + c0 + 0u], c0 + 0u < 128u), select(0.0, in1[p * 128u + c0 + 1u], c0 + 1u < 128u), select(0.0, in1[p * 128u + c0 + 2u], c0 + 2u < 128u), select(0.0, in1[p * 128u + c0 + 3u], c0 + 3u < 128u));
    acc0 += select(0.0, in0[((r0 + 0u)) * 10u + p], r0 + 0u < rows) * bv;
    acc1 += select(0.0, in0[((r0 + 1u)) * 10u + p], r0 + 1u < rows) * bv;
    acc2 += select(0.0, in0[((r0 + 2u)) * 10u + p], r0 + 2u < rows) * bv;
    acc3 += select(0.0, in0[((r0 + 3u)) * 10u + p], r0 + 3u < rows) * bv;
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

// ---- k54_matmul: %54 = matmul(%50, %2)
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
  let r0 = (i / 32u) * 4u;
  let c0 = (i % 32u) * 4u;
  if (r0 >= rows) { return; }
  var acc0 = vec4f(0.0);
  var acc1 = vec4f(0.0);
  var acc2 = vec4f(0.0);
  var acc3 = vec4f(0.0);
  for (var p = 0u; p < params.n; p++) {
    let bv = vec4f(select(0.0, in1[p * 128u + c0 + 0u], c0 + 0u < 128u), select(0.0, in1[p * 128u + c0 + 1u], c0 + 1u < 128u), select(0.0, in1[p * 128u + c0 + 2u], c0 + 2u < 128u), select(0.0, in1[p * 128u + c0 + 3u], c0 + 3u < 128u));
    acc0 += select(0.0, in0[p * 10u + (r0 + 0u)], r0 + 0u < rows) * bv;
    acc1 += select(0.0, in0[p * 10u + (r0 + 1u)], r0 + 1u < rows) * bv;
    acc2 += select(0.0, in0[p * 10u + (r0 + 2u)], r0 + 2u < rows) * bv;
    acc3 += select(0.0, in0[p * 10u + (r0 + 3u)], r0 + 3u < rows) * bv;
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

// ---- k55_step: %55 = step(%1)
// step
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 128u) { return; }
  let v = in0[i];
  out[i] = select(0.0, 1.0, v > 0.0);
}

// ---- k56_mul: %56 = mul(%53, %55)
// mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 128u) { return; }
  let u = in0[i];
  let v = in1[i];
  out[i] = (u * v);
}

// ---- k57_reduce_sum: %57 = reduce_sum(%56)
// reduce_sum
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 1u * 128u) { return; }
  var o_rest = i;
  let o1 = o_rest % 128u;
  o_rest = o_rest / 128u;
  let o0 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let base = o1 * 1u;
  var acc = 0.0;
  for (var r0 = 0u; r0 < params.n; r0++) {
  acc += in0[base + r0 * 128u];
  }
  out[i] = acc;
}

// ---- k58_reshape: %58 = reshape(%57)
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

// ---- k59_matmul: %59 = matmul(%56, %x)
// matmul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  let rows = 128u;
  let r0 = (i / 196u) * 4u;
  let c0 = (i % 196u) * 4u;
  if (r0 >= rows) { return; }
  var acc0 = vec4f(0.0);
  var acc1 = vec4f(0.0);
  var acc2 = vec4f(0.0);
  var acc3 = vec4f(0.0);
  for (var p = 0u; p < params.n; p++) {
    let bv = vec4f(select(0.0, in1[p * 784u + c0 + 0u], c0 + 0u < 784u), select(0.0, in1[p * 784u + c0 + 1u], c0 + 1u < 784u), select(0.0, in1[p * 784u + c0 + 2u], c0 + 2u < 784u), select(0.0, in1[p * 784u + c0 + 3u], c0 + 3u < 784u));
    acc0 += select(0.0, in0[p * 128u + (r0 + 0u)], r0 + 0u < rows) * bv;
    acc1 += select(0.0, in0[p * 128u + (r0 + 1u)], r0 + 1u < rows) * bv;
    acc2 += select(0.0, in0[p * 128u + (r0 + 2u)], r0 + 2u < rows) * bv;
    acc3 += select(0.0, in0[p * 128u + (r0 + 3u)], r0 + 3u < rows) * bv;
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

// ---- k60_mul: %60 = mul(%lr, %59)
// mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 128u * 784u) { return; }
  let u = in0[0u];
  let v = in1[i];
  out[i] = (u * v);
}

// ---- k61_sub: %61 = sub(%linear1.weight, %60)
// sub
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 128u * 784u) { return; }
  let u = in0[i];
  let v = in1[i];
  out[i] = (u - v);
}

// ---- k62_mul: %62 = mul(%lr, %58)
// mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 128u) { return; }
  let u = in0[0u];
  let v = in1[i];
  out[i] = (u * v);
}

// ---- k63_sub: %63 = sub(%linear1.bias, %62)
// sub
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 128u) { return; }
  let u = in0[i];
  let v = in1[i];
  out[i] = (u - v);
}

// ---- k64_mul: %64 = mul(%lr, %54)
// mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 10u * 128u) { return; }
  let u = in0[0u];
  let v = in1[i];
  out[i] = (u * v);
}

// ---- k65_sub: %65 = sub(%linear2.weight, %64)
// sub
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 10u * 128u) { return; }
  let u = in0[i];
  let v = in1[i];
  out[i] = (u - v);
}

// ---- k66_mul: %66 = mul(%lr, %52)
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

// ---- k67_sub: %67 = sub(%linear2.bias, %66)
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
