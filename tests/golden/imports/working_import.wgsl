// Mlp.train: 151 kernels, dispatched in this order into one command buffer
//   k0_reshape             %0 = reshape(%x); one invocation per element of f32[N,784]
//   k1_matmul              %1 = matmul(%0, %mlp_block1.linear1.weight); one invocation per 4x4 block of f32[N,256]
//   k2_add                 %2 = add(%1, %mlp_block1.linear1.bias); one invocation per element of f32[N,256]
//   k3_relu                %3 = relu(%2); one invocation per element of f32[N,256]
//   k4_dropout_mask        %4 = dropout_mask(%seed); one invocation per element of f32[N,256]
//   k5_mul                 %5 = mul(%3, %4); one invocation per element of f32[N,256]
//   k6_matmul              %6 = matmul(%5, %block.linear1.weight); one invocation per 4x4 block of f32[N,128]
//   k7_add                 %7 = add(%6, %block.linear1.bias); one invocation per element of f32[N,128]
//   k8_relu                %8 = relu(%7); one invocation per element of f32[N,128]
//   k9_dropout_mask        %9 = dropout_mask(%seed); one invocation per element of f32[N,128]
//   k10_mul                %10 = mul(%8, %9); one invocation per element of f32[N,128]
//   k11_matmul             %11 = matmul(%10, %linear1.weight); one invocation per 4x4 block of f32[N,10]
//   k12_add                %12 = add(%11, %linear1.bias); one invocation per element of f32[N,10]
//   k13_reduce_max         %13 = reduce_max(%12); one invocation per element of f32[N,1]
//   k14_stop_gradient      %14 = stop_gradient(%13); one invocation per element of f32[N,1]
//   k15_sub                %15 = sub(%12, %14); one invocation per element of f32[N,10]
//   k16_exp                %16 = exp(%15); one invocation per element of f32[N,10]
//   k17_reduce_sum         %17 = reduce_sum(%16); one invocation per element of f32[N,1]
//   k18_log                %18 = log(%17); one invocation per element of f32[N,1]
//   k19_one_hot            %19 = one_hot(%y); one invocation per element of f32[N,10]
//   k20_reshape            %20 = reshape(%18); one invocation per element of f32[N]
//   k21_mul                %21 = mul(%15, %19); one invocation per element of f32[N,10]
//   k22_reduce_sum         %22 = reduce_sum(%21); one invocation per element of f32[N]
//   k23_sub                %23 = sub(%20, %22); one invocation per element of f32[N]
//   k24_reduce_sum         %24 = reduce_sum(%23); one invocation per element of f32[]
//   k25_batch_size         %25 = batch_size(); one invocation per element of f32[]
//   k26_div                %26 = div(%24, %25); one invocation per element of f32[]
//   k27_argmax             %27 = argmax(%12); one invocation per element of i32[N]
//   k28_cast               %28 = cast(%27); one invocation per element of f32[N]
//   k29_cast               %29 = cast(%y); one invocation per element of f32[N]
//   k30_equal              %30 = equal(%28, %29); one invocation per element of f32[N]
//   k31_reduce_sum         %31 = reduce_sum(%30); one invocation per element of f32[]
//   k32_constant           %32 = constant(); one invocation per element of f32[]
//   k33_div                %33 = div(%32, %25); one invocation per element of f32[]
//   k34_reshape            %34 = reshape(%33); one invocation per element of f32[1]
//   k35_broadcast          %35 = broadcast(%34); one invocation per element of f32[N]
//   k36_neg                %36 = neg(%35); one invocation per element of f32[N]
//   k37_reshape            %37 = reshape(%36); one invocation per element of f32[N,1]
//   k38_broadcast          %38 = broadcast(%37); one invocation per element of f32[N,10]
//   k39_mul                %39 = mul(%38, %19); one invocation per element of f32[N,10]
//   k40_reshape            %40 = reshape(%35); one invocation per element of f32[N,1]
//   k41_div                %41 = div(%40, %17); one invocation per element of f32[N,1]
//   k42_broadcast          %42 = broadcast(%41); one invocation per element of f32[N,10]
//   k43_mul                %43 = mul(%42, %16); one invocation per element of f32[N,10]
//   k44_add                %44 = add(%39, %43); one invocation per element of f32[N,10]
//   k45_reduce_sum         %45 = reduce_sum(%44); one invocation per element of f32[1,10]
//   k46_reshape            %46 = reshape(%45); one invocation per element of f32[10]
//   k47_matmul             %47 = matmul(%44, %linear1.weight); one invocation per 4x4 block of f32[N,128]
//   k48_matmul             %48 = matmul(%44, %10); one invocation per 4x4 block of f32[10,128]
//   k49_mul                %49 = mul(%47, %9); one invocation per element of f32[N,128]
//   k50_step               %50 = step(%7); one invocation per element of f32[N,128]
//   k51_mul                %51 = mul(%49, %50); one invocation per element of f32[N,128]
//   k52_reduce_sum         %52 = reduce_sum(%51); one invocation per element of f32[1,128]
//   k53_reshape            %53 = reshape(%52); one invocation per element of f32[128]
//   k54_matmul             %54 = matmul(%51, %block.linear1.weight); one invocation per 4x4 block of f32[N,256]
//   k55_matmul             %55 = matmul(%51, %5); one invocation per 4x4 block of f32[128,256]
//   k56_mul                %56 = mul(%54, %4); one invocation per element of f32[N,256]
//   k57_step               %57 = step(%2); one invocation per element of f32[N,256]
//   k58_mul                %58 = mul(%56, %57); one invocation per element of f32[N,256]
//   k59_reduce_sum         %59 = reduce_sum(%58); one invocation per element of f32[1,256]
//   k60_reshape            %60 = reshape(%59); one invocation per element of f32[256]
//   k61_matmul             %61 = matmul(%58, %0); one invocation per 4x4 block of f32[256,784]
//   k62_constant           %62 = constant(); one invocation per element of f32[]
//   k63_mul                %63 = mul(%62, %exp_avg.mlp_block1.linear1.weight); one invocation per element of f32[256,784]
//   k64_constant           %64 = constant(); one invocation per element of f32[]
//   k65_mul                %65 = mul(%64, %61); one invocation per element of f32[256,784]
//   k66_add                %66 = add(%63, %65); one invocation per element of f32[256,784]
//   k67_constant           %67 = constant(); one invocation per element of f32[]
//   k68_mul                %68 = mul(%67, %exp_avg_sq.mlp_block1.linear1.weight); one invocation per element of f32[256,784]
//   k69_constant           %69 = constant(); one invocation per element of f32[]
//   k70_mul                %70 = mul(%61, %61); one invocation per element of f32[256,784]
//   k71_mul                %71 = mul(%69, %70); one invocation per element of f32[256,784]
//   k72_add                %72 = add(%68, %71); one invocation per element of f32[256,784]
//   k73_pow                %73 = pow(%62, %t); one invocation per element of f32[]
//   k74_sub                %74 = sub(%32, %73); one invocation per element of f32[]
//   k75_pow                %75 = pow(%67, %t); one invocation per element of f32[]
//   k76_sub                %76 = sub(%32, %75); one invocation per element of f32[]
//   k77_sqrt               %77 = sqrt(%72); one invocation per element of f32[256,784]
//   k78_sqrt               %78 = sqrt(%76); one invocation per element of f32[]
//   k79_div                %79 = div(%77, %78); one invocation per element of f32[256,784]
//   k80_constant           %80 = constant(); one invocation per element of f32[]
//   k81_add                %81 = add(%79, %80); one invocation per element of f32[256,784]
//   k82_div                %82 = div(%lr, %74); one invocation per element of f32[]
//   k83_div                %83 = div(%66, %81); one invocation per element of f32[256,784]
//   k84_mul                %84 = mul(%82, %83); one invocation per element of f32[256,784]
//   k85_sub                %85 = sub(%mlp_block1.linear1.weight, %84); one invocation per element of f32[256,784]
//   k86_mul                %86 = mul(%62, %exp_avg.mlp_block1.linear1.bias); one invocation per element of f32[256]
//   k87_mul                %87 = mul(%64, %60); one invocation per element of f32[256]
//   k88_add                %88 = add(%86, %87); one invocation per element of f32[256]
//   k89_mul                %89 = mul(%67, %exp_avg_sq.mlp_block1.linear1.bias); one invocation per element of f32[256]
//   k90_mul                %90 = mul(%60, %60); one invocation per element of f32[256]
//   k91_mul                %91 = mul(%69, %90); one invocation per element of f32[256]
//   k92_add                %92 = add(%89, %91); one invocation per element of f32[256]
//   k93_sqrt               %93 = sqrt(%92); one invocation per element of f32[256]
//   k94_div                %94 = div(%93, %78); one invocation per element of f32[256]
//   k95_add                %95 = add(%94, %80); one invocation per element of f32[256]
//   k96_div                %96 = div(%88, %95); one invocation per element of f32[256]
//   k97_mul                %97 = mul(%82, %96); one invocation per element of f32[256]
//   k98_sub                %98 = sub(%mlp_block1.linear1.bias, %97); one invocation per element of f32[256]
//   k99_mul                %99 = mul(%62, %exp_avg.block.linear1.weight); one invocation per element of f32[128,256]
//   k100_mul               %100 = mul(%64, %55); one invocation per element of f32[128,256]
//   k101_add               %101 = add(%99, %100); one invocation per element of f32[128,256]
//   k102_mul               %102 = mul(%67, %exp_avg_sq.block.linear1.weight); one invocation per element of f32[128,256]
//   k103_mul               %103 = mul(%55, %55); one invocation per element of f32[128,256]
//   k104_mul               %104 = mul(%69, %103); one invocation per element of f32[128,256]
//   k105_add               %105 = add(%102, %104); one invocation per element of f32[128,256]
//   k106_sqrt              %106 = sqrt(%105); one invocation per element of f32[128,256]
//   k107_div               %107 = div(%106, %78); one invocation per element of f32[128,256]
//   k108_add               %108 = add(%107, %80); one invocation per element of f32[128,256]
//   k109_div               %109 = div(%101, %108); one invocation per element of f32[128,256]
//   k110_mul               %110 = mul(%82, %109); one invocation per element of f32[128,256]
//   k111_sub               %111 = sub(%block.linear1.weight, %110); one invocation per element of f32[128,256]
//   k112_mul               %112 = mul(%62, %exp_avg.block.linear1.bias); one invocation per element of f32[128]
//   k113_mul               %113 = mul(%64, %53); one invocation per element of f32[128]
//   k114_add               %114 = add(%112, %113); one invocation per element of f32[128]
//   k115_mul               %115 = mul(%67, %exp_avg_sq.block.linear1.bias); one invocation per element of f32[128]
//   k116_mul               %116 = mul(%53, %53); one invocation per element of f32[128]
//   k117_mul               %117 = mul(%69, %116); one invocation per element of f32[128]
//   k118_add               %118 = add(%115, %117); one invocation per element of f32[128]
//   k119_sqrt              %119 = sqrt(%118); one invocation per element of f32[128]
//   k120_div               %120 = div(%119, %78); one invocation per element of f32[128]
//   k121_add               %121 = add(%120, %80); one invocation per element of f32[128]
//   k122_div               %122 = div(%114, %121); one invocation per element of f32[128]
//   k123_mul               %123 = mul(%82, %122); one invocation per element of f32[128]
//   k124_sub               %124 = sub(%block.linear1.bias, %123); one invocation per element of f32[128]
//   k125_mul               %125 = mul(%62, %exp_avg.linear1.weight); one invocation per element of f32[10,128]
//   k126_mul               %126 = mul(%64, %48); one invocation per element of f32[10,128]
//   k127_add               %127 = add(%125, %126); one invocation per element of f32[10,128]
//   k128_mul               %128 = mul(%67, %exp_avg_sq.linear1.weight); one invocation per element of f32[10,128]
//   k129_mul               %129 = mul(%48, %48); one invocation per element of f32[10,128]
//   k130_mul               %130 = mul(%69, %129); one invocation per element of f32[10,128]
//   k131_add               %131 = add(%128, %130); one invocation per element of f32[10,128]
//   k132_sqrt              %132 = sqrt(%131); one invocation per element of f32[10,128]
//   k133_div               %133 = div(%132, %78); one invocation per element of f32[10,128]
//   k134_add               %134 = add(%133, %80); one invocation per element of f32[10,128]
//   k135_div               %135 = div(%127, %134); one invocation per element of f32[10,128]
//   k136_mul               %136 = mul(%82, %135); one invocation per element of f32[10,128]
//   k137_sub               %137 = sub(%linear1.weight, %136); one invocation per element of f32[10,128]
//   k138_mul               %138 = mul(%62, %exp_avg.linear1.bias); one invocation per element of f32[10]
//   k139_mul               %139 = mul(%64, %46); one invocation per element of f32[10]
//   k140_add               %140 = add(%138, %139); one invocation per element of f32[10]
//   k141_mul               %141 = mul(%67, %exp_avg_sq.linear1.bias); one invocation per element of f32[10]
//   k142_mul               %142 = mul(%46, %46); one invocation per element of f32[10]
//   k143_mul               %143 = mul(%69, %142); one invocation per element of f32[10]
//   k144_add               %144 = add(%141, %143); one invocation per element of f32[10]
//   k145_sqrt              %145 = sqrt(%144); one invocation per element of f32[10]
//   k146_div               %146 = div(%145, %78); one invocation per element of f32[10]
//   k147_add               %147 = add(%146, %80); one invocation per element of f32[10]
//   k148_div               %148 = div(%140, %147); one invocation per element of f32[10]
//   k149_mul               %149 = mul(%82, %148); one invocation per element of f32[10]
//   k150_sub               %150 = sub(%linear1.bias, %149); one invocation per element of f32[10]

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

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  let rows = (params.n * 256u) / 256u;
  let r0 = (i / 64u) * 4u;
  let c0 = (i % 64u) * 4u;
  if (r0 >= rows) { return; }
  var acc0 = vec4f(0.0);
  var acc1 = vec4f(0.0);
  var acc2 = vec4f(0.0);
  var acc3 = vec4f(0.0);
  for (var p = 0u; p < 784u; p++) {
    let bv = vec4f(select(0.0, in1[(c0 + 0u) * 784u + p], c0 + 0u < 256u), select(0.0, in1[(c0 + 1u) * 784u + p], c0 + 1u < 256u), select(0.0, in1[(c0 + 2u) * 784u + p], c0 + 2u < 256u), select(0.0, in1[(c0 + 3u) * 784u + p], c0 + 3u < 256u));
    acc0 += select(0.0, in0[((r0 + 0u)) * 784u + p], r0 + 0u < rows) * bv;
    acc1 += select(0.0, in0[((r0 + 1u)) * 784u + p], r0 + 1u < rows) * bv;
    acc2 += select(0.0, in0[((r0 + 2u)) * 784u + p], r0 + 2u < rows) * bv;
    acc3 += select(0.0, in0[((r0 + 3u)) * 784u + p], r0 + 3u < rows) * bv;
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
  let u = in0[i];
  let v = in1[o1 * 1u];
  out[i] = (u + v);
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
  if (i >= params.n * 256u) { return; }
  let v = in0[i];
  out[i] = max(v, 0.0);
}

// ---- k4_dropout_mask: %4 = dropout_mask(%seed)
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
  if (i >= params.n * 256u) { return; }
  let u = in0[i];
  let v = in1[i];
  out[i] = (u * v);
}

// ---- k6_matmul: %6 = matmul(%5, %block.linear1.weight)
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
  for (var p = 0u; p < 256u; p++) {
    let bv = vec4f(select(0.0, in1[(c0 + 0u) * 256u + p], c0 + 0u < 128u), select(0.0, in1[(c0 + 1u) * 256u + p], c0 + 1u < 128u), select(0.0, in1[(c0 + 2u) * 256u + p], c0 + 2u < 128u), select(0.0, in1[(c0 + 3u) * 256u + p], c0 + 3u < 128u));
    acc0 += select(0.0, in0[((r0 + 0u)) * 256u + p], r0 + 0u < rows) * bv;
    acc1 += select(0.0, in0[((r0 + 1u)) * 256u + p], r0 + 1u < rows) * bv;
    acc2 += select(0.0, in0[((r0 + 2u)) * 256u + p], r0 + 2u < rows) * bv;
    acc3 += select(0.0, in0[((r0 + 3u)) * 256u + p], r0 + 3u < rows) * bv;
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

// ---- k7_add: %7 = add(%6, %block.linear1.bias)
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

// ---- k8_relu: %8 = relu(%7)
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

// ---- k9_dropout_mask: %9 = dropout_mask(%seed)
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

// ---- k10_mul: %10 = mul(%8, %9)
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

// ---- k11_matmul: %11 = matmul(%10, %linear1.weight)
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

// ---- k12_add: %12 = add(%11, %linear1.bias)
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

// ---- k13_reduce_max: %13 = reduce_max(%12)
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

// ---- k14_stop_gradient: %14 = stop_gradient(%13)
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

// ---- k16_exp: %16 = exp(%15)
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

// ---- k17_reduce_sum: %17 = reduce_sum(%16)
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

// ---- k18_log: %18 = log(%17)
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

// ---- k19_one_hot: %19 = one_hot(%y)
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

// ---- k20_reshape: %20 = reshape(%18)
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

// ---- k21_mul: %21 = mul(%15, %19)
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

// ---- k22_reduce_sum: %22 = reduce_sum(%21)
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

// ---- k23_sub: %23 = sub(%20, %22)
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

// ---- k24_reduce_sum: %24 = reduce_sum(%23)
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

// ---- k25_batch_size: %25 = batch_size()
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

// ---- k26_div: %26 = div(%24, %25)
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

// ---- k27_argmax: %27 = argmax(%12)
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

// ---- k28_cast: %28 = cast(%27)
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

// ---- k29_cast: %29 = cast(%y)
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

// ---- k30_equal: %30 = equal(%28, %29)
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

// ---- k31_reduce_sum: %31 = reduce_sum(%30)
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

// ---- k32_constant: %32 = constant()
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

// ---- k33_div: %33 = div(%32, %25)
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

// ---- k34_reshape: %34 = reshape(%33)
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

// ---- k35_broadcast: %35 = broadcast(%34)
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

// ---- k36_neg: %36 = neg(%35)
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

// ---- k37_reshape: %37 = reshape(%36)
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

// ---- k38_broadcast: %38 = broadcast(%37)
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

// ---- k39_mul: %39 = mul(%38, %19)
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

// ---- k40_reshape: %40 = reshape(%35)
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

// ---- k41_div: %41 = div(%40, %17)
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

// ---- k42_broadcast: %42 = broadcast(%41)
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

// ---- k43_mul: %43 = mul(%42, %16)
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

// ---- k44_add: %44 = add(%39, %43)
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

// ---- k45_reduce_sum: %45 = reduce_sum(%44)
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

// ---- k46_reshape: %46 = reshape(%45)
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

// ---- k47_matmul: %47 = matmul(%44, %linear1.weight)
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

// ---- k48_matmul: %48 = matmul(%44, %10)
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

// ---- k49_mul: %49 = mul(%47, %9)
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

// ---- k50_step: %50 = step(%7)
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

// ---- k51_mul: %51 = mul(%49, %50)
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

// ---- k52_reduce_sum: %52 = reduce_sum(%51)
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

// ---- k53_reshape: %53 = reshape(%52)
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

// ---- k54_matmul: %54 = matmul(%51, %block.linear1.weight)
// matmul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  let rows = (params.n * 256u) / 256u;
  let r0 = (i / 64u) * 4u;
  let c0 = (i % 64u) * 4u;
  if (r0 >= rows) { return; }
  var acc0 = vec4f(0.0);
  var acc1 = vec4f(0.0);
  var acc2 = vec4f(0.0);
  var acc3 = vec4f(0.0);
  for (var p = 0u; p < 128u; p++) {
    let bv = vec4f(select(0.0, in1[p * 256u + c0 + 0u], c0 + 0u < 256u), select(0.0, in1[p * 256u + c0 + 1u], c0 + 1u < 256u), select(0.0, in1[p * 256u + c0 + 2u], c0 + 2u < 256u), select(0.0, in1[p * 256u + c0 + 3u], c0 + 3u < 256u));
    acc0 += select(0.0, in0[((r0 + 0u)) * 128u + p], r0 + 0u < rows) * bv;
    acc1 += select(0.0, in0[((r0 + 1u)) * 128u + p], r0 + 1u < rows) * bv;
    acc2 += select(0.0, in0[((r0 + 2u)) * 128u + p], r0 + 2u < rows) * bv;
    acc3 += select(0.0, in0[((r0 + 3u)) * 128u + p], r0 + 3u < rows) * bv;
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

// ---- k55_matmul: %55 = matmul(%51, %5)
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
  let r0 = (i / 64u) * 4u;
  let c0 = (i % 64u) * 4u;
  if (r0 >= rows) { return; }
  var acc0 = vec4f(0.0);
  var acc1 = vec4f(0.0);
  var acc2 = vec4f(0.0);
  var acc3 = vec4f(0.0);
  for (var p = 0u; p < params.n; p++) {
    let bv = vec4f(select(0.0, in1[p * 256u + c0 + 0u], c0 + 0u < 256u), select(0.0, in1[p * 256u + c0 + 1u], c0 + 1u < 256u), select(0.0, in1[p * 256u + c0 + 2u], c0 + 2u < 256u), select(0.0, in1[p * 256u + c0 + 3u], c0 + 3u < 256u));
    acc0 += select(0.0, in0[p * 128u + (r0 + 0u)], r0 + 0u < rows) * bv;
    acc1 += select(0.0, in0[p * 128u + (r0 + 1u)], r0 + 1u < rows) * bv;
    acc2 += select(0.0, in0[p * 128u + (r0 + 2u)], r0 + 2u < rows) * bv;
    acc3 += select(0.0, in0[p * 128u + (r0 + 3u)], r0 + 3u < rows) * bv;
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

// ---- k56_mul: %56 = mul(%54, %4)
// mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 256u) { return; }
  let u = in0[i];
  let v = in1[i];
  out[i] = (u * v);
}

// ---- k57_step: %57 = step(%2)
// step
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 256u) { return; }
  let v = in0[i];
  out[i] = select(0.0, 1.0, v > 0.0);
}

// ---- k58_mul: %58 = mul(%56, %57)
// mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 256u) { return; }
  let u = in0[i];
  let v = in1[i];
  out[i] = (u * v);
}

// ---- k59_reduce_sum: %59 = reduce_sum(%58)
// reduce_sum
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 1u * 256u) { return; }
  var o_rest = i;
  let o1 = o_rest % 256u;
  o_rest = o_rest / 256u;
  let o0 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let base = o1 * 1u;
  var acc = 0.0;
  for (var r0 = 0u; r0 < params.n; r0++) {
  acc += in0[base + r0 * 256u];
  }
  out[i] = acc;
}

// ---- k60_reshape: %60 = reshape(%59)
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

// ---- k61_matmul: %61 = matmul(%58, %0)
// matmul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  let rows = 256u;
  let r0 = (i / 196u) * 4u;
  let c0 = (i % 196u) * 4u;
  if (r0 >= rows) { return; }
  var acc0 = vec4f(0.0);
  var acc1 = vec4f(0.0);
  var acc2 = vec4f(0.0);
  var acc3 = vec4f(0.0);
  for (var p = 0u; p < params.n; p++) {
    let bv = vec4f(select(0.0, in1[p * 784u + c0 + 0u], c0 + 0u < 784u), select(0.0, in1[p * 784u + c0 + 1u], c0 + 1u < 784u), select(0.0, in1[p * 784u + c0 + 2u], c0 + 2u < 784u), select(0.0, in1[p * 784u + c0 + 3u], c0 + 3u < 784u));
    acc0 += select(0.0, in0[p * 256u + (r0 + 0u)], r0 + 0u < rows) * bv;
    acc1 += select(0.0, in0[p * 256u + (r0 + 1u)], r0 + 1u < rows) * bv;
    acc2 += select(0.0, in0[p * 256u + (r0 + 2u)], r0 + 2u < rows) * bv;
    acc3 += select(0.0, in0[p * 256u + (r0 + 3u)], r0 + 3u < rows) * bv;
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

// ---- k62_constant: %62 = constant()
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

// ---- k63_mul: %63 = mul(%62, %exp_avg.mlp_block1.linear1.weight)
// mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 256u * 784u) { return; }
  let u = in0[0u];
  let v = in1[i];
  out[i] = (u * v);
}

// ---- k64_constant: %64 = constant()
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

// ---- k65_mul: %65 = mul(%64, %61)
// mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 256u * 784u) { return; }
  let u = in0[0u];
  let v = in1[i];
  out[i] = (u * v);
}

// ---- k66_add: %66 = add(%63, %65)
// add
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 256u * 784u) { return; }
  let u = in0[i];
  let v = in1[i];
  out[i] = (u + v);
}

// ---- k67_constant: %67 = constant()
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

// ---- k68_mul: %68 = mul(%67, %exp_avg_sq.mlp_block1.linear1.weight)
// mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 256u * 784u) { return; }
  let u = in0[0u];
  let v = in1[i];
  out[i] = (u * v);
}

// ---- k69_constant: %69 = constant()
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

// ---- k70_mul: %70 = mul(%61, %61)
// mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 256u * 784u) { return; }
  let u = in0[i];
  let v = in1[i];
  out[i] = (u * v);
}

// ---- k71_mul: %71 = mul(%69, %70)
// mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 256u * 784u) { return; }
  let u = in0[0u];
  let v = in1[i];
  out[i] = (u * v);
}

// ---- k72_add: %72 = add(%68, %71)
// add
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 256u * 784u) { return; }
  let u = in0[i];
  let v = in1[i];
  out[i] = (u + v);
}

// ---- k73_pow: %73 = pow(%62, %t)
// pow
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
  out[i] = pow(u, v);
}

// ---- k74_sub: %74 = sub(%32, %73)
// sub
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
  out[i] = (u - v);
}

// ---- k75_pow: %75 = pow(%67, %t)
// pow
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
  out[i] = pow(u, v);
}

// ---- k76_sub: %76 = sub(%32, %75)
// sub
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
  out[i] = (u - v);
}

// ---- k77_sqrt: %77 = sqrt(%72)
// sqrt
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 256u * 784u) { return; }
  let v = in0[i];
  out[i] = sqrt(v);
}

// ---- k78_sqrt: %78 = sqrt(%76)
// sqrt
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 1u) { return; }
  let v = in0[i];
  out[i] = sqrt(v);
}

// ---- k79_div: %79 = div(%77, %78)
// div
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 256u * 784u) { return; }
  let u = in0[i];
  let v = in1[0u];
  out[i] = (u / v);
}

// ---- k80_constant: %80 = constant()
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

// ---- k81_add: %81 = add(%79, %80)
// add
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 256u * 784u) { return; }
  let u = in0[i];
  let v = in1[0u];
  out[i] = (u + v);
}

// ---- k82_div: %82 = div(%lr, %74)
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

// ---- k83_div: %83 = div(%66, %81)
// div
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 256u * 784u) { return; }
  let u = in0[i];
  let v = in1[i];
  out[i] = (u / v);
}

// ---- k84_mul: %84 = mul(%82, %83)
// mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 256u * 784u) { return; }
  let u = in0[0u];
  let v = in1[i];
  out[i] = (u * v);
}

// ---- k85_sub: %85 = sub(%mlp_block1.linear1.weight, %84)
// sub
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 256u * 784u) { return; }
  let u = in0[i];
  let v = in1[i];
  out[i] = (u - v);
}

// ---- k86_mul: %86 = mul(%62, %exp_avg.mlp_block1.linear1.bias)
// mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 256u) { return; }
  let u = in0[0u];
  let v = in1[i];
  out[i] = (u * v);
}

// ---- k87_mul: %87 = mul(%64, %60)
// mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 256u) { return; }
  let u = in0[0u];
  let v = in1[i];
  out[i] = (u * v);
}

// ---- k88_add: %88 = add(%86, %87)
// add
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 256u) { return; }
  let u = in0[i];
  let v = in1[i];
  out[i] = (u + v);
}

// ---- k89_mul: %89 = mul(%67, %exp_avg_sq.mlp_block1.linear1.bias)
// mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 256u) { return; }
  let u = in0[0u];
  let v = in1[i];
  out[i] = (u * v);
}

// ---- k90_mul: %90 = mul(%60, %60)
// mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 256u) { return; }
  let u = in0[i];
  let v = in1[i];
  out[i] = (u * v);
}

// ---- k91_mul: %91 = mul(%69, %90)
// mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 256u) { return; }
  let u = in0[0u];
  let v = in1[i];
  out[i] = (u * v);
}

// ---- k92_add: %92 = add(%89, %91)
// add
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 256u) { return; }
  let u = in0[i];
  let v = in1[i];
  out[i] = (u + v);
}

// ---- k93_sqrt: %93 = sqrt(%92)
// sqrt
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 256u) { return; }
  let v = in0[i];
  out[i] = sqrt(v);
}

// ---- k94_div: %94 = div(%93, %78)
// div
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 256u) { return; }
  let u = in0[i];
  let v = in1[0u];
  out[i] = (u / v);
}

// ---- k95_add: %95 = add(%94, %80)
// add
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 256u) { return; }
  let u = in0[i];
  let v = in1[0u];
  out[i] = (u + v);
}

// ---- k96_div: %96 = div(%88, %95)
// div
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 256u) { return; }
  let u = in0[i];
  let v = in1[i];
  out[i] = (u / v);
}

// ---- k97_mul: %97 = mul(%82, %96)
// mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 256u) { return; }
  let u = in0[0u];
  let v = in1[i];
  out[i] = (u * v);
}

// ---- k98_sub: %98 = sub(%mlp_block1.linear1.bias, %97)
// sub
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 256u) { return; }
  let u = in0[i];
  let v = in1[i];
  out[i] = (u - v);
}

// ---- k99_mul: %99 = mul(%62, %exp_avg.block.linear1.weight)
// mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 128u * 256u) { return; }
  let u = in0[0u];
  let v = in1[i];
  out[i] = (u * v);
}

// ---- k100_mul: %100 = mul(%64, %55)
// mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 128u * 256u) { return; }
  let u = in0[0u];
  let v = in1[i];
  out[i] = (u * v);
}

// ---- k101_add: %101 = add(%99, %100)
// add
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 128u * 256u) { return; }
  let u = in0[i];
  let v = in1[i];
  out[i] = (u + v);
}

// ---- k102_mul: %102 = mul(%67, %exp_avg_sq.block.linear1.weight)
// mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 128u * 256u) { return; }
  let u = in0[0u];
  let v = in1[i];
  out[i] = (u * v);
}

// ---- k103_mul: %103 = mul(%55, %55)
// mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 128u * 256u) { return; }
  let u = in0[i];
  let v = in1[i];
  out[i] = (u * v);
}

// ---- k104_mul: %104 = mul(%69, %103)
// mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 128u * 256u) { return; }
  let u = in0[0u];
  let v = in1[i];
  out[i] = (u * v);
}

// ---- k105_add: %105 = add(%102, %104)
// add
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 128u * 256u) { return; }
  let u = in0[i];
  let v = in1[i];
  out[i] = (u + v);
}

// ---- k106_sqrt: %106 = sqrt(%105)
// sqrt
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 128u * 256u) { return; }
  let v = in0[i];
  out[i] = sqrt(v);
}

// ---- k107_div: %107 = div(%106, %78)
// div
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 128u * 256u) { return; }
  let u = in0[i];
  let v = in1[0u];
  out[i] = (u / v);
}

// ---- k108_add: %108 = add(%107, %80)
// add
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 128u * 256u) { return; }
  let u = in0[i];
  let v = in1[0u];
  out[i] = (u + v);
}

// ---- k109_div: %109 = div(%101, %108)
// div
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 128u * 256u) { return; }
  let u = in0[i];
  let v = in1[i];
  out[i] = (u / v);
}

// ---- k110_mul: %110 = mul(%82, %109)
// mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 128u * 256u) { return; }
  let u = in0[0u];
  let v = in1[i];
  out[i] = (u * v);
}

// ---- k111_sub: %111 = sub(%block.linear1.weight, %110)
// sub
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 128u * 256u) { return; }
  let u = in0[i];
  let v = in1[i];
  out[i] = (u - v);
}

// ---- k112_mul: %112 = mul(%62, %exp_avg.block.linear1.bias)
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

// ---- k113_mul: %113 = mul(%64, %53)
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

// ---- k114_add: %114 = add(%112, %113)
// add
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
  out[i] = (u + v);
}

// ---- k115_mul: %115 = mul(%67, %exp_avg_sq.block.linear1.bias)
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

// ---- k116_mul: %116 = mul(%53, %53)
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
  let u = in0[i];
  let v = in1[i];
  out[i] = (u * v);
}

// ---- k117_mul: %117 = mul(%69, %116)
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

// ---- k118_add: %118 = add(%115, %117)
// add
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
  out[i] = (u + v);
}

// ---- k119_sqrt: %119 = sqrt(%118)
// sqrt
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 128u) { return; }
  let v = in0[i];
  out[i] = sqrt(v);
}

// ---- k120_div: %120 = div(%119, %78)
// div
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
  let v = in1[0u];
  out[i] = (u / v);
}

// ---- k121_add: %121 = add(%120, %80)
// add
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
  let v = in1[0u];
  out[i] = (u + v);
}

// ---- k122_div: %122 = div(%114, %121)
// div
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
  out[i] = (u / v);
}

// ---- k123_mul: %123 = mul(%82, %122)
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

// ---- k124_sub: %124 = sub(%block.linear1.bias, %123)
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

// ---- k125_mul: %125 = mul(%62, %exp_avg.linear1.weight)
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

// ---- k126_mul: %126 = mul(%64, %48)
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

// ---- k127_add: %127 = add(%125, %126)
// add
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
  out[i] = (u + v);
}

// ---- k128_mul: %128 = mul(%67, %exp_avg_sq.linear1.weight)
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

// ---- k129_mul: %129 = mul(%48, %48)
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
  let u = in0[i];
  let v = in1[i];
  out[i] = (u * v);
}

// ---- k130_mul: %130 = mul(%69, %129)
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

// ---- k131_add: %131 = add(%128, %130)
// add
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
  out[i] = (u + v);
}

// ---- k132_sqrt: %132 = sqrt(%131)
// sqrt
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 10u * 128u) { return; }
  let v = in0[i];
  out[i] = sqrt(v);
}

// ---- k133_div: %133 = div(%132, %78)
// div
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
  let v = in1[0u];
  out[i] = (u / v);
}

// ---- k134_add: %134 = add(%133, %80)
// add
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
  let v = in1[0u];
  out[i] = (u + v);
}

// ---- k135_div: %135 = div(%127, %134)
// div
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
  out[i] = (u / v);
}

// ---- k136_mul: %136 = mul(%82, %135)
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

// ---- k137_sub: %137 = sub(%linear1.weight, %136)
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

// ---- k138_mul: %138 = mul(%62, %exp_avg.linear1.bias)
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

// ---- k139_mul: %139 = mul(%64, %46)
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

// ---- k140_add: %140 = add(%138, %139)
// add
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
  out[i] = (u + v);
}

// ---- k141_mul: %141 = mul(%67, %exp_avg_sq.linear1.bias)
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

// ---- k142_mul: %142 = mul(%46, %46)
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
  let u = in0[i];
  let v = in1[i];
  out[i] = (u * v);
}

// ---- k143_mul: %143 = mul(%69, %142)
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

// ---- k144_add: %144 = add(%141, %143)
// add
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
  out[i] = (u + v);
}

// ---- k145_sqrt: %145 = sqrt(%144)
// sqrt
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 10u) { return; }
  let v = in0[i];
  out[i] = sqrt(v);
}

// ---- k146_div: %146 = div(%145, %78)
// div
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
  let v = in1[0u];
  out[i] = (u / v);
}

// ---- k147_add: %147 = add(%146, %80)
// add
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
  let v = in1[0u];
  out[i] = (u + v);
}

// ---- k148_div: %148 = div(%140, %147)
// div
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
  out[i] = (u / v);
}

// ---- k149_mul: %149 = mul(%82, %148)
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

// ---- k150_sub: %150 = sub(%linear1.bias, %149)
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
