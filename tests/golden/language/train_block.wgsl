// Settings.train: 142 kernels, dispatched in this order into one command buffer
//   k0_reshape             %0 = reshape(%image); one invocation per element of f32[N,784]
//   k1_matmul              %1 = matmul(%0, %fc1.weight); one invocation per 4x4 block of f32[N,16]
//   k2_add                 %2 = add(%1, %fc1.bias); one invocation per element of f32[N,16]
//   k3_matmul              %3 = matmul(%2, %linear2.weight); one invocation per 4x4 block of f32[N,8]
//   k4_add                 %4 = add(%3, %linear2.bias); one invocation per element of f32[N,8]
//   k5_relu                %5 = relu(%4); one invocation per element of f32[N,8]
//   k6_matmul              %6 = matmul(%5, %linear3.weight); one invocation per 4x4 block of f32[N,10]
//   k7_add                 %7 = add(%6, %linear3.bias); one invocation per element of f32[N,10]
//   k8_reduce_max          %8 = reduce_max(%7); one invocation per element of f32[N,1]
//   k9_stop_gradient       %9 = stop_gradient(%8); one invocation per element of f32[N,1]
//   k10_sub                %10 = sub(%7, %9); one invocation per element of f32[N,10]
//   k11_exp                %11 = exp(%10); one invocation per element of f32[N,10]
//   k12_reduce_sum         %12 = reduce_sum(%11); one invocation per element of f32[N,1]
//   k13_log                %13 = log(%12); one invocation per element of f32[N,1]
//   k14_one_hot            %14 = one_hot(%label); one invocation per element of f32[N,10]
//   k15_reshape            %15 = reshape(%13); one invocation per element of f32[N]
//   k16_mul                %16 = mul(%10, %14); one invocation per element of f32[N,10]
//   k17_reduce_sum         %17 = reduce_sum(%16); one invocation per element of f32[N]
//   k18_sub                %18 = sub(%15, %17); one invocation per element of f32[N]
//   k19_reduce_sum         %19 = reduce_sum(%18); one invocation per element of f32[]
//   k20_batch_size         %20 = batch_size(); one invocation per element of f32[]
//   k21_div                %21 = div(%19, %20); one invocation per element of f32[]
//   k22_argmax             %22 = argmax(%7); one invocation per element of i32[N]
//   k23_cast               %23 = cast(%22); one invocation per element of f32[N]
//   k24_cast               %24 = cast(%label); one invocation per element of f32[N]
//   k25_equal              %25 = equal(%23, %24); one invocation per element of f32[N]
//   k26_reduce_sum         %26 = reduce_sum(%25); one invocation per element of f32[]
//   k27_constant           %27 = constant(); one invocation per element of f32[]
//   k28_div                %28 = div(%27, %20); one invocation per element of f32[]
//   k29_reshape            %29 = reshape(%28); one invocation per element of f32[1]
//   k30_broadcast          %30 = broadcast(%29); one invocation per element of f32[N]
//   k31_neg                %31 = neg(%30); one invocation per element of f32[N]
//   k32_reshape            %32 = reshape(%31); one invocation per element of f32[N,1]
//   k33_broadcast          %33 = broadcast(%32); one invocation per element of f32[N,10]
//   k34_mul                %34 = mul(%33, %14); one invocation per element of f32[N,10]
//   k35_reshape            %35 = reshape(%30); one invocation per element of f32[N,1]
//   k36_div                %36 = div(%35, %12); one invocation per element of f32[N,1]
//   k37_broadcast          %37 = broadcast(%36); one invocation per element of f32[N,10]
//   k38_mul                %38 = mul(%37, %11); one invocation per element of f32[N,10]
//   k39_add                %39 = add(%34, %38); one invocation per element of f32[N,10]
//   k40_reduce_sum         %40 = reduce_sum(%39); one invocation per element of f32[1,10]
//   k41_reshape            %41 = reshape(%40); one invocation per element of f32[10]
//   k42_matmul             %42 = matmul(%39, %linear3.weight); one invocation per 4x4 block of f32[N,8]
//   k43_matmul             %43 = matmul(%39, %5); one invocation per 4x4 block of f32[10,8]
//   k44_step               %44 = step(%4); one invocation per element of f32[N,8]
//   k45_mul                %45 = mul(%42, %44); one invocation per element of f32[N,8]
//   k46_reduce_sum         %46 = reduce_sum(%45); one invocation per element of f32[1,8]
//   k47_reshape            %47 = reshape(%46); one invocation per element of f32[8]
//   k48_matmul             %48 = matmul(%45, %linear2.weight); one invocation per 4x4 block of f32[N,16]
//   k49_matmul             %49 = matmul(%45, %2); one invocation per 4x4 block of f32[8,16]
//   k50_reduce_sum         %50 = reduce_sum(%48); one invocation per element of f32[1,16]
//   k51_reshape            %51 = reshape(%50); one invocation per element of f32[16]
//   k52_matmul             %52 = matmul(%48, %0); one invocation per 4x4 block of f32[16,784]
//   k53_constant           %53 = constant(); one invocation per element of f32[]
//   k54_mul                %54 = mul(%53, %exp_avg.fc1.weight); one invocation per element of f32[16,784]
//   k55_constant           %55 = constant(); one invocation per element of f32[]
//   k56_mul                %56 = mul(%55, %52); one invocation per element of f32[16,784]
//   k57_add                %57 = add(%54, %56); one invocation per element of f32[16,784]
//   k58_constant           %58 = constant(); one invocation per element of f32[]
//   k59_mul                %59 = mul(%58, %exp_avg_sq.fc1.weight); one invocation per element of f32[16,784]
//   k60_constant           %60 = constant(); one invocation per element of f32[]
//   k61_mul                %61 = mul(%52, %52); one invocation per element of f32[16,784]
//   k62_mul                %62 = mul(%60, %61); one invocation per element of f32[16,784]
//   k63_add                %63 = add(%59, %62); one invocation per element of f32[16,784]
//   k64_pow                %64 = pow(%53, %t); one invocation per element of f32[]
//   k65_sub                %65 = sub(%27, %64); one invocation per element of f32[]
//   k66_pow                %66 = pow(%58, %t); one invocation per element of f32[]
//   k67_sub                %67 = sub(%27, %66); one invocation per element of f32[]
//   k68_sqrt               %68 = sqrt(%63); one invocation per element of f32[16,784]
//   k69_sqrt               %69 = sqrt(%67); one invocation per element of f32[]
//   k70_div                %70 = div(%68, %69); one invocation per element of f32[16,784]
//   k71_constant           %71 = constant(); one invocation per element of f32[]
//   k72_add                %72 = add(%70, %71); one invocation per element of f32[16,784]
//   k73_div                %73 = div(%lr, %65); one invocation per element of f32[]
//   k74_div                %74 = div(%57, %72); one invocation per element of f32[16,784]
//   k75_mul                %75 = mul(%73, %74); one invocation per element of f32[16,784]
//   k76_sub                %76 = sub(%fc1.weight, %75); one invocation per element of f32[16,784]
//   k77_mul                %77 = mul(%53, %exp_avg.fc1.bias); one invocation per element of f32[16]
//   k78_mul                %78 = mul(%55, %51); one invocation per element of f32[16]
//   k79_add                %79 = add(%77, %78); one invocation per element of f32[16]
//   k80_mul                %80 = mul(%58, %exp_avg_sq.fc1.bias); one invocation per element of f32[16]
//   k81_mul                %81 = mul(%51, %51); one invocation per element of f32[16]
//   k82_mul                %82 = mul(%60, %81); one invocation per element of f32[16]
//   k83_add                %83 = add(%80, %82); one invocation per element of f32[16]
//   k84_sqrt               %84 = sqrt(%83); one invocation per element of f32[16]
//   k85_div                %85 = div(%84, %69); one invocation per element of f32[16]
//   k86_add                %86 = add(%85, %71); one invocation per element of f32[16]
//   k87_div                %87 = div(%79, %86); one invocation per element of f32[16]
//   k88_mul                %88 = mul(%73, %87); one invocation per element of f32[16]
//   k89_sub                %89 = sub(%fc1.bias, %88); one invocation per element of f32[16]
//   k90_mul                %90 = mul(%53, %exp_avg.linear2.weight); one invocation per element of f32[8,16]
//   k91_mul                %91 = mul(%55, %49); one invocation per element of f32[8,16]
//   k92_add                %92 = add(%90, %91); one invocation per element of f32[8,16]
//   k93_mul                %93 = mul(%58, %exp_avg_sq.linear2.weight); one invocation per element of f32[8,16]
//   k94_mul                %94 = mul(%49, %49); one invocation per element of f32[8,16]
//   k95_mul                %95 = mul(%60, %94); one invocation per element of f32[8,16]
//   k96_add                %96 = add(%93, %95); one invocation per element of f32[8,16]
//   k97_sqrt               %97 = sqrt(%96); one invocation per element of f32[8,16]
//   k98_div                %98 = div(%97, %69); one invocation per element of f32[8,16]
//   k99_add                %99 = add(%98, %71); one invocation per element of f32[8,16]
//   k100_div               %100 = div(%92, %99); one invocation per element of f32[8,16]
//   k101_mul               %101 = mul(%73, %100); one invocation per element of f32[8,16]
//   k102_sub               %102 = sub(%linear2.weight, %101); one invocation per element of f32[8,16]
//   k103_mul               %103 = mul(%53, %exp_avg.linear2.bias); one invocation per element of f32[8]
//   k104_mul               %104 = mul(%55, %47); one invocation per element of f32[8]
//   k105_add               %105 = add(%103, %104); one invocation per element of f32[8]
//   k106_mul               %106 = mul(%58, %exp_avg_sq.linear2.bias); one invocation per element of f32[8]
//   k107_mul               %107 = mul(%47, %47); one invocation per element of f32[8]
//   k108_mul               %108 = mul(%60, %107); one invocation per element of f32[8]
//   k109_add               %109 = add(%106, %108); one invocation per element of f32[8]
//   k110_sqrt              %110 = sqrt(%109); one invocation per element of f32[8]
//   k111_div               %111 = div(%110, %69); one invocation per element of f32[8]
//   k112_add               %112 = add(%111, %71); one invocation per element of f32[8]
//   k113_div               %113 = div(%105, %112); one invocation per element of f32[8]
//   k114_mul               %114 = mul(%73, %113); one invocation per element of f32[8]
//   k115_sub               %115 = sub(%linear2.bias, %114); one invocation per element of f32[8]
//   k116_mul               %116 = mul(%53, %exp_avg.linear3.weight); one invocation per element of f32[10,8]
//   k117_mul               %117 = mul(%55, %43); one invocation per element of f32[10,8]
//   k118_add               %118 = add(%116, %117); one invocation per element of f32[10,8]
//   k119_mul               %119 = mul(%58, %exp_avg_sq.linear3.weight); one invocation per element of f32[10,8]
//   k120_mul               %120 = mul(%43, %43); one invocation per element of f32[10,8]
//   k121_mul               %121 = mul(%60, %120); one invocation per element of f32[10,8]
//   k122_add               %122 = add(%119, %121); one invocation per element of f32[10,8]
//   k123_sqrt              %123 = sqrt(%122); one invocation per element of f32[10,8]
//   k124_div               %124 = div(%123, %69); one invocation per element of f32[10,8]
//   k125_add               %125 = add(%124, %71); one invocation per element of f32[10,8]
//   k126_div               %126 = div(%118, %125); one invocation per element of f32[10,8]
//   k127_mul               %127 = mul(%73, %126); one invocation per element of f32[10,8]
//   k128_sub               %128 = sub(%linear3.weight, %127); one invocation per element of f32[10,8]
//   k129_mul               %129 = mul(%53, %exp_avg.linear3.bias); one invocation per element of f32[10]
//   k130_mul               %130 = mul(%55, %41); one invocation per element of f32[10]
//   k131_add               %131 = add(%129, %130); one invocation per element of f32[10]
//   k132_mul               %132 = mul(%58, %exp_avg_sq.linear3.bias); one invocation per element of f32[10]
//   k133_mul               %133 = mul(%41, %41); one invocation per element of f32[10]
//   k134_mul               %134 = mul(%60, %133); one invocation per element of f32[10]
//   k135_add               %135 = add(%132, %134); one invocation per element of f32[10]
//   k136_sqrt              %136 = sqrt(%135); one invocation per element of f32[10]
//   k137_div               %137 = div(%136, %69); one invocation per element of f32[10]
//   k138_add               %138 = add(%137, %71); one invocation per element of f32[10]
//   k139_div               %139 = div(%131, %138); one invocation per element of f32[10]
//   k140_mul               %140 = mul(%73, %139); one invocation per element of f32[10]
//   k141_sub               %141 = sub(%linear3.bias, %140); one invocation per element of f32[10]

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

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  let rows = (params.n * 16u) / 16u;
  let r0 = (i / 4u) * 4u;
  let c0 = (i % 4u) * 4u;
  if (r0 >= rows) { return; }
  var acc0 = vec4f(0.0);
  var acc1 = vec4f(0.0);
  var acc2 = vec4f(0.0);
  var acc3 = vec4f(0.0);
  for (var p = 0u; p < 784u; p++) {
    let bv = vec4f(select(0.0, in1[(c0 + 0u) * 784u + p], c0 + 0u < 16u), select(0.0, in1[(c0 + 1u) * 784u + p], c0 + 1u < 16u), select(0.0, in1[(c0 + 2u) * 784u + p], c0 + 2u < 16u), select(0.0, in1[(c0 + 3u) * 784u + p], c0 + 3u < 16u));
    acc0 += select(0.0, in0[((r0 + 0u)) * 784u + p], r0 + 0u < rows) * bv;
    acc1 += select(0.0, in0[((r0 + 1u)) * 784u + p], r0 + 1u < rows) * bv;
    acc2 += select(0.0, in0[((r0 + 2u)) * 784u + p], r0 + 2u < rows) * bv;
    acc3 += select(0.0, in0[((r0 + 3u)) * 784u + p], r0 + 3u < rows) * bv;
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
  let u = in0[i];
  let v = in1[o1 * 1u];
  out[i] = (u + v);
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
  let rows = (params.n * 8u) / 8u;
  let r0 = (i / 2u) * 4u;
  let c0 = (i % 2u) * 4u;
  if (r0 >= rows) { return; }
  var acc0 = vec4f(0.0);
  var acc1 = vec4f(0.0);
  var acc2 = vec4f(0.0);
  var acc3 = vec4f(0.0);
  for (var p = 0u; p < 16u; p++) {
    let bv = vec4f(select(0.0, in1[(c0 + 0u) * 16u + p], c0 + 0u < 8u), select(0.0, in1[(c0 + 1u) * 16u + p], c0 + 1u < 8u), select(0.0, in1[(c0 + 2u) * 16u + p], c0 + 2u < 8u), select(0.0, in1[(c0 + 3u) * 16u + p], c0 + 3u < 8u));
    acc0 += select(0.0, in0[((r0 + 0u)) * 16u + p], r0 + 0u < rows) * bv;
    acc1 += select(0.0, in0[((r0 + 1u)) * 16u + p], r0 + 1u < rows) * bv;
    acc2 += select(0.0, in0[((r0 + 2u)) * 16u + p], r0 + 2u < rows) * bv;
    acc3 += select(0.0, in0[((r0 + 3u)) * 16u + p], r0 + 3u < rows) * bv;
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
  let u = in0[i];
  let v = in1[o1 * 1u];
  out[i] = (u + v);
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
  let v = in0[i];
  out[i] = max(v, 0.0);
}

// ---- k6_matmul: %6 = matmul(%5, %linear3.weight)
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
  for (var p = 0u; p < 8u; p++) {
    let bv = vec4f(select(0.0, in1[(c0 + 0u) * 8u + p], c0 + 0u < 10u), select(0.0, in1[(c0 + 1u) * 8u + p], c0 + 1u < 10u), select(0.0, in1[(c0 + 2u) * 8u + p], c0 + 2u < 10u), select(0.0, in1[(c0 + 3u) * 8u + p], c0 + 3u < 10u));
    acc0 += select(0.0, in0[((r0 + 0u)) * 8u + p], r0 + 0u < rows) * bv;
    acc1 += select(0.0, in0[((r0 + 1u)) * 8u + p], r0 + 1u < rows) * bv;
    acc2 += select(0.0, in0[((r0 + 2u)) * 8u + p], r0 + 2u < rows) * bv;
    acc3 += select(0.0, in0[((r0 + 3u)) * 8u + p], r0 + 3u < rows) * bv;
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
  let u = in0[i];
  let v = in1[o1 * 1u];
  out[i] = (u + v);
}

// ---- k8_reduce_max: %8 = reduce_max(%7)
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
  let v = in0[i];
  out[i] = v;
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
  let u = in0[i];
  let v = in1[o0 * 1u];
  out[i] = (u - v);
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
  let v = in0[i];
  out[i] = exp(v);
}

// ---- k12_reduce_sum: %12 = reduce_sum(%11)
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
  let v = in0[i];
  out[i] = log(v);
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
  let u = in0[i];
  let v = in1[i];
  out[i] = (u * v);
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
  let u = in0[i];
  let v = in1[i];
  out[i] = (u - v);
}

// ---- k19_reduce_sum: %19 = reduce_sum(%18)
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
  let u = in0[i];
  let v = in1[i];
  out[i] = (u / v);
}

// ---- k22_argmax: %22 = argmax(%7)
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
  let u = in0[i];
  let v = in1[i];
  out[i] = select(0.0, 1.0, u == v);
}

// ---- k26_reduce_sum: %26 = reduce_sum(%25)
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
  let u = in0[i];
  let v = in1[i];
  out[i] = (u / v);
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
  let v = in0[i];
  out[i] = (-v);
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

// ---- k34_mul: %34 = mul(%33, %14)
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

// ---- k35_reshape: %35 = reshape(%30)
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

// ---- k36_div: %36 = div(%35, %12)
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

// ---- k37_broadcast: %37 = broadcast(%36)
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

// ---- k38_mul: %38 = mul(%37, %11)
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

// ---- k39_add: %39 = add(%34, %38)
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

// ---- k40_reduce_sum: %40 = reduce_sum(%39)
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

// ---- k41_reshape: %41 = reshape(%40)
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

// ---- k42_matmul: %42 = matmul(%39, %linear3.weight)
// matmul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  let rows = (params.n * 8u) / 8u;
  let r0 = (i / 2u) * 4u;
  let c0 = (i % 2u) * 4u;
  if (r0 >= rows) { return; }
  var acc0 = vec4f(0.0);
  var acc1 = vec4f(0.0);
  var acc2 = vec4f(0.0);
  var acc3 = vec4f(0.0);
  for (var p = 0u; p < 10u; p++) {
    let bv = vec4f(select(0.0, in1[p * 8u + c0 + 0u], c0 + 0u < 8u), select(0.0, in1[p * 8u + c0 + 1u], c0 + 1u < 8u), select(0.0, in1[p * 8u + c0 + 2u], c0 + 2u < 8u), select(0.0, in1[p * 8u + c0 + 3u], c0 + 3u < 8u));
    acc0 += select(0.0, in0[((r0 + 0u)) * 10u + p], r0 + 0u < rows) * bv;
    acc1 += select(0.0, in0[((r0 + 1u)) * 10u + p], r0 + 1u < rows) * bv;
    acc2 += select(0.0, in0[((r0 + 2u)) * 10u + p], r0 + 2u < rows) * bv;
    acc3 += select(0.0, in0[((r0 + 3u)) * 10u + p], r0 + 3u < rows) * bv;
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

// ---- k43_matmul: %43 = matmul(%39, %5)
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
  let r0 = (i / 2u) * 4u;
  let c0 = (i % 2u) * 4u;
  if (r0 >= rows) { return; }
  var acc0 = vec4f(0.0);
  var acc1 = vec4f(0.0);
  var acc2 = vec4f(0.0);
  var acc3 = vec4f(0.0);
  for (var p = 0u; p < params.n; p++) {
    let bv = vec4f(select(0.0, in1[p * 8u + c0 + 0u], c0 + 0u < 8u), select(0.0, in1[p * 8u + c0 + 1u], c0 + 1u < 8u), select(0.0, in1[p * 8u + c0 + 2u], c0 + 2u < 8u), select(0.0, in1[p * 8u + c0 + 3u], c0 + 3u < 8u));
    acc0 += select(0.0, in0[p * 10u + (r0 + 0u)], r0 + 0u < rows) * bv;
    acc1 += select(0.0, in0[p * 10u + (r0 + 1u)], r0 + 1u < rows) * bv;
    acc2 += select(0.0, in0[p * 10u + (r0 + 2u)], r0 + 2u < rows) * bv;
    acc3 += select(0.0, in0[p * 10u + (r0 + 3u)], r0 + 3u < rows) * bv;
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

// ---- k44_step: %44 = step(%4)
// step
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 8u) { return; }
  let v = in0[i];
  out[i] = select(0.0, 1.0, v > 0.0);
}

// ---- k45_mul: %45 = mul(%42, %44)
// mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 8u) { return; }
  let u = in0[i];
  let v = in1[i];
  out[i] = (u * v);
}

// ---- k46_reduce_sum: %46 = reduce_sum(%45)
// reduce_sum
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 1u * 8u) { return; }
  var o_rest = i;
  let o1 = o_rest % 8u;
  o_rest = o_rest / 8u;
  let o0 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let base = o1 * 1u;
  var acc = 0.0;
  for (var r0 = 0u; r0 < params.n; r0++) {
  acc += in0[base + r0 * 8u];
  }
  out[i] = acc;
}

// ---- k47_reshape: %47 = reshape(%46)
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

// ---- k48_matmul: %48 = matmul(%45, %linear2.weight)
// matmul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  let rows = (params.n * 16u) / 16u;
  let r0 = (i / 4u) * 4u;
  let c0 = (i % 4u) * 4u;
  if (r0 >= rows) { return; }
  var acc0 = vec4f(0.0);
  var acc1 = vec4f(0.0);
  var acc2 = vec4f(0.0);
  var acc3 = vec4f(0.0);
  for (var p = 0u; p < 8u; p++) {
    let bv = vec4f(select(0.0, in1[p * 16u + c0 + 0u], c0 + 0u < 16u), select(0.0, in1[p * 16u + c0 + 1u], c0 + 1u < 16u), select(0.0, in1[p * 16u + c0 + 2u], c0 + 2u < 16u), select(0.0, in1[p * 16u + c0 + 3u], c0 + 3u < 16u));
    acc0 += select(0.0, in0[((r0 + 0u)) * 8u + p], r0 + 0u < rows) * bv;
    acc1 += select(0.0, in0[((r0 + 1u)) * 8u + p], r0 + 1u < rows) * bv;
    acc2 += select(0.0, in0[((r0 + 2u)) * 8u + p], r0 + 2u < rows) * bv;
    acc3 += select(0.0, in0[((r0 + 3u)) * 8u + p], r0 + 3u < rows) * bv;
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

// ---- k49_matmul: %49 = matmul(%45, %2)
// matmul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  let rows = 8u;
  let r0 = (i / 4u) * 4u;
  let c0 = (i % 4u) * 4u;
  if (r0 >= rows) { return; }
  var acc0 = vec4f(0.0);
  var acc1 = vec4f(0.0);
  var acc2 = vec4f(0.0);
  var acc3 = vec4f(0.0);
  for (var p = 0u; p < params.n; p++) {
    let bv = vec4f(select(0.0, in1[p * 16u + c0 + 0u], c0 + 0u < 16u), select(0.0, in1[p * 16u + c0 + 1u], c0 + 1u < 16u), select(0.0, in1[p * 16u + c0 + 2u], c0 + 2u < 16u), select(0.0, in1[p * 16u + c0 + 3u], c0 + 3u < 16u));
    acc0 += select(0.0, in0[p * 8u + (r0 + 0u)], r0 + 0u < rows) * bv;
    acc1 += select(0.0, in0[p * 8u + (r0 + 1u)], r0 + 1u < rows) * bv;
    acc2 += select(0.0, in0[p * 8u + (r0 + 2u)], r0 + 2u < rows) * bv;
    acc3 += select(0.0, in0[p * 8u + (r0 + 3u)], r0 + 3u < rows) * bv;
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

// ---- k50_reduce_sum: %50 = reduce_sum(%48)
// reduce_sum
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 1u * 16u) { return; }
  var o_rest = i;
  let o1 = o_rest % 16u;
  o_rest = o_rest / 16u;
  let o0 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let base = o1 * 1u;
  var acc = 0.0;
  for (var r0 = 0u; r0 < params.n; r0++) {
  acc += in0[base + r0 * 16u];
  }
  out[i] = acc;
}

// ---- k51_reshape: %51 = reshape(%50)
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

// ---- k52_matmul: %52 = matmul(%48, %0)
// matmul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  let rows = 16u;
  let r0 = (i / 196u) * 4u;
  let c0 = (i % 196u) * 4u;
  if (r0 >= rows) { return; }
  var acc0 = vec4f(0.0);
  var acc1 = vec4f(0.0);
  var acc2 = vec4f(0.0);
  var acc3 = vec4f(0.0);
  for (var p = 0u; p < params.n; p++) {
    let bv = vec4f(select(0.0, in1[p * 784u + c0 + 0u], c0 + 0u < 784u), select(0.0, in1[p * 784u + c0 + 1u], c0 + 1u < 784u), select(0.0, in1[p * 784u + c0 + 2u], c0 + 2u < 784u), select(0.0, in1[p * 784u + c0 + 3u], c0 + 3u < 784u));
    acc0 += select(0.0, in0[p * 16u + (r0 + 0u)], r0 + 0u < rows) * bv;
    acc1 += select(0.0, in0[p * 16u + (r0 + 1u)], r0 + 1u < rows) * bv;
    acc2 += select(0.0, in0[p * 16u + (r0 + 2u)], r0 + 2u < rows) * bv;
    acc3 += select(0.0, in0[p * 16u + (r0 + 3u)], r0 + 3u < rows) * bv;
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

// ---- k53_constant: %53 = constant()
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

// ---- k54_mul: %54 = mul(%53, %exp_avg.fc1.weight)
// mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 16u * 784u) { return; }
  let u = in0[0u];
  let v = in1[i];
  out[i] = (u * v);
}

// ---- k55_constant: %55 = constant()
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

// ---- k56_mul: %56 = mul(%55, %52)
// mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 16u * 784u) { return; }
  let u = in0[0u];
  let v = in1[i];
  out[i] = (u * v);
}

// ---- k57_add: %57 = add(%54, %56)
// add
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 16u * 784u) { return; }
  let u = in0[i];
  let v = in1[i];
  out[i] = (u + v);
}

// ---- k58_constant: %58 = constant()
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

// ---- k59_mul: %59 = mul(%58, %exp_avg_sq.fc1.weight)
// mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 16u * 784u) { return; }
  let u = in0[0u];
  let v = in1[i];
  out[i] = (u * v);
}

// ---- k60_constant: %60 = constant()
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

// ---- k61_mul: %61 = mul(%52, %52)
// mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 16u * 784u) { return; }
  let u = in0[i];
  let v = in1[i];
  out[i] = (u * v);
}

// ---- k62_mul: %62 = mul(%60, %61)
// mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 16u * 784u) { return; }
  let u = in0[0u];
  let v = in1[i];
  out[i] = (u * v);
}

// ---- k63_add: %63 = add(%59, %62)
// add
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 16u * 784u) { return; }
  let u = in0[i];
  let v = in1[i];
  out[i] = (u + v);
}

// ---- k64_pow: %64 = pow(%53, %t)
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

// ---- k65_sub: %65 = sub(%27, %64)
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

// ---- k66_pow: %66 = pow(%58, %t)
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

// ---- k67_sub: %67 = sub(%27, %66)
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

// ---- k68_sqrt: %68 = sqrt(%63)
// sqrt
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 16u * 784u) { return; }
  let v = in0[i];
  out[i] = sqrt(v);
}

// ---- k69_sqrt: %69 = sqrt(%67)
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

// ---- k70_div: %70 = div(%68, %69)
// div
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 16u * 784u) { return; }
  let u = in0[i];
  let v = in1[0u];
  out[i] = (u / v);
}

// ---- k71_constant: %71 = constant()
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

// ---- k72_add: %72 = add(%70, %71)
// add
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 16u * 784u) { return; }
  let u = in0[i];
  let v = in1[0u];
  out[i] = (u + v);
}

// ---- k73_div: %73 = div(%lr, %65)
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

// ---- k74_div: %74 = div(%57, %72)
// div
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 16u * 784u) { return; }
  let u = in0[i];
  let v = in1[i];
  out[i] = (u / v);
}

// ---- k75_mul: %75 = mul(%73, %74)
// mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 16u * 784u) { return; }
  let u = in0[0u];
  let v = in1[i];
  out[i] = (u * v);
}

// ---- k76_sub: %76 = sub(%fc1.weight, %75)
// sub
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 16u * 784u) { return; }
  let u = in0[i];
  let v = in1[i];
  out[i] = (u - v);
}

// ---- k77_mul: %77 = mul(%53, %exp_avg.fc1.bias)
// mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 16u) { return; }
  let u = in0[0u];
  let v = in1[i];
  out[i] = (u * v);
}

// ---- k78_mul: %78 = mul(%55, %51)
// mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 16u) { return; }
  let u = in0[0u];
  let v = in1[i];
  out[i] = (u * v);
}

// ---- k79_add: %79 = add(%77, %78)
// add
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 16u) { return; }
  let u = in0[i];
  let v = in1[i];
  out[i] = (u + v);
}

// ---- k80_mul: %80 = mul(%58, %exp_avg_sq.fc1.bias)
// mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 16u) { return; }
  let u = in0[0u];
  let v = in1[i];
  out[i] = (u * v);
}

// ---- k81_mul: %81 = mul(%51, %51)
// mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 16u) { return; }
  let u = in0[i];
  let v = in1[i];
  out[i] = (u * v);
}

// ---- k82_mul: %82 = mul(%60, %81)
// mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 16u) { return; }
  let u = in0[0u];
  let v = in1[i];
  out[i] = (u * v);
}

// ---- k83_add: %83 = add(%80, %82)
// add
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 16u) { return; }
  let u = in0[i];
  let v = in1[i];
  out[i] = (u + v);
}

// ---- k84_sqrt: %84 = sqrt(%83)
// sqrt
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 16u) { return; }
  let v = in0[i];
  out[i] = sqrt(v);
}

// ---- k85_div: %85 = div(%84, %69)
// div
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 16u) { return; }
  let u = in0[i];
  let v = in1[0u];
  out[i] = (u / v);
}

// ---- k86_add: %86 = add(%85, %71)
// add
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 16u) { return; }
  let u = in0[i];
  let v = in1[0u];
  out[i] = (u + v);
}

// ---- k87_div: %87 = div(%79, %86)
// div
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 16u) { return; }
  let u = in0[i];
  let v = in1[i];
  out[i] = (u / v);
}

// ---- k88_mul: %88 = mul(%73, %87)
// mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 16u) { return; }
  let u = in0[0u];
  let v = in1[i];
  out[i] = (u * v);
}

// ---- k89_sub: %89 = sub(%fc1.bias, %88)
// sub
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 16u) { return; }
  let u = in0[i];
  let v = in1[i];
  out[i] = (u - v);
}

// ---- k90_mul: %90 = mul(%53, %exp_avg.linear2.weight)
// mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 8u * 16u) { return; }
  let u = in0[0u];
  let v = in1[i];
  out[i] = (u * v);
}

// ---- k91_mul: %91 = mul(%55, %49)
// mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 8u * 16u) { return; }
  let u = in0[0u];
  let v = in1[i];
  out[i] = (u * v);
}

// ---- k92_add: %92 = add(%90, %91)
// add
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 8u * 16u) { return; }
  let u = in0[i];
  let v = in1[i];
  out[i] = (u + v);
}

// ---- k93_mul: %93 = mul(%58, %exp_avg_sq.linear2.weight)
// mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 8u * 16u) { return; }
  let u = in0[0u];
  let v = in1[i];
  out[i] = (u * v);
}

// ---- k94_mul: %94 = mul(%49, %49)
// mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 8u * 16u) { return; }
  let u = in0[i];
  let v = in1[i];
  out[i] = (u * v);
}

// ---- k95_mul: %95 = mul(%60, %94)
// mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 8u * 16u) { return; }
  let u = in0[0u];
  let v = in1[i];
  out[i] = (u * v);
}

// ---- k96_add: %96 = add(%93, %95)
// add
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 8u * 16u) { return; }
  let u = in0[i];
  let v = in1[i];
  out[i] = (u + v);
}

// ---- k97_sqrt: %97 = sqrt(%96)
// sqrt
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 8u * 16u) { return; }
  let v = in0[i];
  out[i] = sqrt(v);
}

// ---- k98_div: %98 = div(%97, %69)
// div
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 8u * 16u) { return; }
  let u = in0[i];
  let v = in1[0u];
  out[i] = (u / v);
}

// ---- k99_add: %99 = add(%98, %71)
// add
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 8u * 16u) { return; }
  let u = in0[i];
  let v = in1[0u];
  out[i] = (u + v);
}

// ---- k100_div: %100 = div(%92, %99)
// div
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 8u * 16u) { return; }
  let u = in0[i];
  let v = in1[i];
  out[i] = (u / v);
}

// ---- k101_mul: %101 = mul(%73, %100)
// mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 8u * 16u) { return; }
  let u = in0[0u];
  let v = in1[i];
  out[i] = (u * v);
}

// ---- k102_sub: %102 = sub(%linear2.weight, %101)
// sub
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 8u * 16u) { return; }
  let u = in0[i];
  let v = in1[i];
  out[i] = (u - v);
}

// ---- k103_mul: %103 = mul(%53, %exp_avg.linear2.bias)
// mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 8u) { return; }
  let u = in0[0u];
  let v = in1[i];
  out[i] = (u * v);
}

// ---- k104_mul: %104 = mul(%55, %47)
// mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 8u) { return; }
  let u = in0[0u];
  let v = in1[i];
  out[i] = (u * v);
}

// ---- k105_add: %105 = add(%103, %104)
// add
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 8u) { return; }
  let u = in0[i];
  let v = in1[i];
  out[i] = (u + v);
}

// ---- k106_mul: %106 = mul(%58, %exp_avg_sq.linear2.bias)
// mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 8u) { return; }
  let u = in0[0u];
  let v = in1[i];
  out[i] = (u * v);
}

// ---- k107_mul: %107 = mul(%47, %47)
// mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 8u) { return; }
  let u = in0[i];
  let v = in1[i];
  out[i] = (u * v);
}

// ---- k108_mul: %108 = mul(%60, %107)
// mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 8u) { return; }
  let u = in0[0u];
  let v = in1[i];
  out[i] = (u * v);
}

// ---- k109_add: %109 = add(%106, %108)
// add
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 8u) { return; }
  let u = in0[i];
  let v = in1[i];
  out[i] = (u + v);
}

// ---- k110_sqrt: %110 = sqrt(%109)
// sqrt
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 8u) { return; }
  let v = in0[i];
  out[i] = sqrt(v);
}

// ---- k111_div: %111 = div(%110, %69)
// div
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 8u) { return; }
  let u = in0[i];
  let v = in1[0u];
  out[i] = (u / v);
}

// ---- k112_add: %112 = add(%111, %71)
// add
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 8u) { return; }
  let u = in0[i];
  let v = in1[0u];
  out[i] = (u + v);
}

// ---- k113_div: %113 = div(%105, %112)
// div
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 8u) { return; }
  let u = in0[i];
  let v = in1[i];
  out[i] = (u / v);
}

// ---- k114_mul: %114 = mul(%73, %113)
// mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 8u) { return; }
  let u = in0[0u];
  let v = in1[i];
  out[i] = (u * v);
}

// ---- k115_sub: %115 = sub(%linear2.bias, %114)
// sub
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 8u) { return; }
  let u = in0[i];
  let v = in1[i];
  out[i] = (u - v);
}

// ---- k116_mul: %116 = mul(%53, %exp_avg.linear3.weight)
// mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 10u * 8u) { return; }
  let u = in0[0u];
  let v = in1[i];
  out[i] = (u * v);
}

// ---- k117_mul: %117 = mul(%55, %43)
// mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 10u * 8u) { return; }
  let u = in0[0u];
  let v = in1[i];
  out[i] = (u * v);
}

// ---- k118_add: %118 = add(%116, %117)
// add
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 10u * 8u) { return; }
  let u = in0[i];
  let v = in1[i];
  out[i] = (u + v);
}

// ---- k119_mul: %119 = mul(%58, %exp_avg_sq.linear3.weight)
// mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 10u * 8u) { return; }
  let u = in0[0u];
  let v = in1[i];
  out[i] = (u * v);
}

// ---- k120_mul: %120 = mul(%43, %43)
// mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 10u * 8u) { return; }
  let u = in0[i];
  let v = in1[i];
  out[i] = (u * v);
}

// ---- k121_mul: %121 = mul(%60, %120)
// mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 10u * 8u) { return; }
  let u = in0[0u];
  let v = in1[i];
  out[i] = (u * v);
}

// ---- k122_add: %122 = add(%119, %121)
// add
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 10u * 8u) { return; }
  let u = in0[i];
  let v = in1[i];
  out[i] = (u + v);
}

// ---- k123_sqrt: %123 = sqrt(%122)
// sqrt
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 10u * 8u) { return; }
  let v = in0[i];
  out[i] = sqrt(v);
}

// ---- k124_div: %124 = div(%123, %69)
// div
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 10u * 8u) { return; }
  let u = in0[i];
  let v = in1[0u];
  out[i] = (u / v);
}

// ---- k125_add: %125 = add(%124, %71)
// add
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 10u * 8u) { return; }
  let u = in0[i];
  let v = in1[0u];
  out[i] = (u + v);
}

// ---- k126_div: %126 = div(%118, %125)
// div
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 10u * 8u) { return; }
  let u = in0[i];
  let v = in1[i];
  out[i] = (u / v);
}

// ---- k127_mul: %127 = mul(%73, %126)
// mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 10u * 8u) { return; }
  let u = in0[0u];
  let v = in1[i];
  out[i] = (u * v);
}

// ---- k128_sub: %128 = sub(%linear3.weight, %127)
// sub
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 10u * 8u) { return; }
  let u = in0[i];
  let v = in1[i];
  out[i] = (u - v);
}

// ---- k129_mul: %129 = mul(%53, %exp_avg.linear3.bias)
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

// ---- k130_mul: %130 = mul(%55, %41)
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

// ---- k131_add: %131 = add(%129, %130)
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

// ---- k132_mul: %132 = mul(%58, %exp_avg_sq.linear3.bias)
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

// ---- k133_mul: %133 = mul(%41, %41)
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

// ---- k134_mul: %134 = mul(%60, %133)
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

// ---- k135_add: %135 = add(%132, %134)
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

// ---- k136_sqrt: %136 = sqrt(%135)
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

// ---- k137_div: %137 = div(%136, %69)
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

// ---- k138_add: %138 = add(%137, %71)
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

// ---- k139_div: %139 = div(%131, %138)
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

// ---- k140_mul: %140 = mul(%73, %139)
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

// ---- k141_sub: %141 = sub(%linear3.bias, %140)
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
