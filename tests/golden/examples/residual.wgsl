// ResNet.train: 174 kernels for a hardware adapter, dispatched in this order into one command buffer
//   %0 = im2col(%image); one invocation per element of f32[N,784,9]
//   %1 = reshape(%conv2d1.weight); one invocation per element of f32[16,9]
//   %2 = matmul(%0, %1); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[N,784,16]
//   %3 = transpose(%2); one invocation per element of f32[N,16,784]
//   %4 = reshape(%3); one invocation per element of f32[N,16,28,28]
//   %5 = reshape(%conv2d1.bias); one invocation per element of f32[16,1,1]
//   %6 = add(%4, %5); one invocation per element of f32[N,16,28,28]
//   %7 = relu(%6); one invocation per element of f32[N,16,28,28]
//   %8 = im2col(%7); one invocation per element of f32[N,784,144]
//   %9 = reshape(%residual1.conv2d1.weight); one invocation per element of f32[16,144]
//   %10 = matmul(%8, %9); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[N,784,16]
//   %11 = transpose(%10); one invocation per element of f32[N,16,784]
//   %12 = reshape(%11); one invocation per element of f32[N,16,28,28]
//   %13 = reshape(%residual1.conv2d1.bias); one invocation per element of f32[16,1,1]
//   %14 = add(%12, %13); one invocation per element of f32[N,16,28,28]
//   %15 = relu(%14); one invocation per element of f32[N,16,28,28]
//   %16 = im2col(%15); one invocation per element of f32[N,784,144]
//   %17 = reshape(%residual1.conv2d2.weight); one invocation per element of f32[16,144]
//   %18 = matmul(%16, %17); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[N,784,16]
//   %19 = transpose(%18); one invocation per element of f32[N,16,784]
//   %20 = reshape(%19); one invocation per element of f32[N,16,28,28]
//   %21 = reshape(%residual1.conv2d2.bias); one invocation per element of f32[16,1,1]
//   %23 = add → add(%20, %21, %7); one invocation per element of f32[N,16,28,28]
//   %24 = relu(%23); one invocation per element of f32[N,16,28,28]
//   %25 = maxpool(%24); one invocation per element of f32[N,16,14,14]
//   %26 = im2col(%25); one invocation per element of f32[N,196,144]
//   %27 = reshape(%residual2.conv2d1.weight); one invocation per element of f32[16,144]
//   %28 = matmul(%26, %27); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[N,196,16]
//   %29 = transpose(%28); one invocation per element of f32[N,16,196]
//   %30 = reshape(%29); one invocation per element of f32[N,16,14,14]
//   %31 = reshape(%residual2.conv2d1.bias); one invocation per element of f32[16,1,1]
//   %32 = add(%30, %31); one invocation per element of f32[N,16,14,14]
//   %33 = relu(%32); one invocation per element of f32[N,16,14,14]
//   %34 = im2col(%33); one invocation per element of f32[N,196,144]
//   %35 = reshape(%residual2.conv2d2.weight); one invocation per element of f32[16,144]
//   %36 = matmul(%34, %35); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[N,196,16]
//   %37 = transpose(%36); one invocation per element of f32[N,16,196]
//   %38 = reshape(%37); one invocation per element of f32[N,16,14,14]
//   %39 = reshape(%residual2.conv2d2.bias); one invocation per element of f32[16,1,1]
//   %41 = add → add(%38, %39, %25); one invocation per element of f32[N,16,14,14]
//   %42 = relu(%41); one invocation per element of f32[N,16,14,14]
//   %43 = maxpool(%42); one invocation per element of f32[N,16,7,7]
//   %44 = reshape(%43); one invocation per element of f32[N,784]
//   %45 = matmul(%44, %linear1.weight); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[N,10]
//   %46 = add(%45, %linear1.bias); one invocation per element of f32[N,10]
//   %47 = reduce_max(%46); a workgroup of 64 per element of f32[N,1]
//   %48 = stop_gradient(%47); one invocation per element of f32[N,1]
//   %49 = sub(%46, %48); one invocation per element of f32[N,10]
//   %50 = exp(%49); one invocation per element of f32[N,10]
//   %51 = reduce_sum(%50); a workgroup of 64 per element of f32[N,1]
//   %52 = log(%51); one invocation per element of f32[N,1]
//   %53 = one_hot(%label); one invocation per element of f32[N,10]
//   %54 = reshape(%52); one invocation per element of f32[N]
//   %55 = mul(%49, %53); one invocation per element of f32[N,10]
//   %56 = reduce_sum(%55); a workgroup of 64 per element of f32[N]
//   %57 = sub(%54, %56); one invocation per element of f32[N]
//   %58 = reduce_sum(%57); a workgroup of 64 per element of f32[]
//   %59 = batch_size(); one invocation per element of f32[]
//   %60 = div(%58, %59); one invocation per element of f32[]
//   %61 = argmax(%46); a workgroup of 64 per row of i32[N]
//   %62 = cast(%61); one invocation per element of f32[N]
//   %63 = cast(%label); one invocation per element of f32[N]
//   %64 = equal(%62, %63); one invocation per element of f32[N]
//   %65 = reduce_sum(%64); a workgroup of 64 per element of f32[]
//   %66 = constant(); one invocation per element of f32[]
//   %67 = div(%66, %59); one invocation per element of f32[]
//   %68 = reshape(%67); one invocation per element of f32[1]
//   %69 = broadcast(%68); one invocation per element of f32[N]
//   %70 = neg(%69); one invocation per element of f32[N]
//   %71 = reshape(%70); one invocation per element of f32[N,1]
//   %72 = broadcast(%71); one invocation per element of f32[N,10]
//   %74 = reshape(%69); one invocation per element of f32[N,1]
//   %75 = div(%74, %51); one invocation per element of f32[N,1]
//   %76 = broadcast(%75); one invocation per element of f32[N,10]
//   %78 = mul → mul → add(%72, %53, %76, %50); one invocation per element of f32[N,10]
//   %79 = reduce_sum(%78); a workgroup of 64 per element of f32[1,10]
//   %80 = reshape(%79); one invocation per element of f32[10]
//   %81 = matmul(%78, %linear1.weight); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[N,784]
//   %82 = matmul(%78, %44); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[10,784]
//   %83 = reshape(%81); one invocation per element of f32[N,16,7,7]
//   %84 = maxpool_backward(%42, %83); one invocation per element of f32[N,16,14,14]
//   %86 = step → mul(%41, %84); one invocation per element of f32[N,16,14,14]
//   %87 = reduce_sum(%86); a workgroup of 64 per element of f32[1,16,1,1]
//   %88 = reshape(%87); one invocation per element of f32[16,1,1]
//   %89 = reshape(%88); one invocation per element of f32[16]
//   %90 = reshape(%86); one invocation per element of f32[N,16,196]
//   %91 = transpose(%90); one invocation per element of f32[N,196,16]
//   %92 = matmul(%91, %35); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[N,196,144]
//   %93 = matmul(%91, %34); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[16,144]
//   %94 = reshape(%93); one invocation per element of f32[16,16,3,3]
//   %95 = col2im(%92); one invocation per element of f32[N,16,14,14]
//   %97 = step → mul(%32, %95); one invocation per element of f32[N,16,14,14]
//   %98 = reduce_sum(%97); a workgroup of 64 per element of f32[1,16,1,1]
//   %99 = reshape(%98); one invocation per element of f32[16,1,1]
//   %100 = reshape(%99); one invocation per element of f32[16]
//   %101 = reshape(%97); one invocation per element of f32[N,16,196]
//   %102 = transpose(%101); one invocation per element of f32[N,196,16]
//   %103 = matmul(%102, %27); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[N,196,144]
//   %104 = matmul(%102, %26); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[16,144]
//   %105 = reshape(%104); one invocation per element of f32[16,16,3,3]
//   %106 = col2im(%103); one invocation per element of f32[N,16,14,14]
//   %107 = add(%86, %106); one invocation per element of f32[N,16,14,14]
//   %108 = maxpool_backward(%24, %107); one invocation per element of f32[N,16,28,28]
//   %110 = step → mul(%23, %108); one invocation per element of f32[N,16,28,28]
//   %111 = reduce_sum(%110); a workgroup of 64 per element of f32[1,16,1,1]
//   %112 = reshape(%111); one invocation per element of f32[16,1,1]
//   %113 = reshape(%112); one invocation per element of f32[16]
//   %114 = reshape(%110); one invocation per element of f32[N,16,784]
//   %115 = transpose(%114); one invocation per element of f32[N,784,16]
//   %116 = matmul(%115, %17); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[N,784,144]
//   %117 = matmul(%115, %16); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[16,144]
//   %118 = reshape(%117); one invocation per element of f32[16,16,3,3]
//   %119 = col2im(%116); one invocation per element of f32[N,16,28,28]
//   %121 = step → mul(%14, %119); one invocation per element of f32[N,16,28,28]
//   %122 = reduce_sum(%121); a workgroup of 64 per element of f32[1,16,1,1]
//   %123 = reshape(%122); one invocation per element of f32[16,1,1]
//   %124 = reshape(%123); one invocation per element of f32[16]
//   %125 = reshape(%121); one invocation per element of f32[N,16,784]
//   %126 = transpose(%125); one invocation per element of f32[N,784,16]
//   %127 = matmul(%126, %9); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[N,784,144]
//   %128 = matmul(%126, %8); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[16,144]
//   %129 = reshape(%128); one invocation per element of f32[16,16,3,3]
//   %130 = col2im(%127); one invocation per element of f32[N,16,28,28]
//   %133 = add → step → mul(%110, %130, %6); one invocation per element of f32[N,16,28,28]
//   %134 = reduce_sum(%133); a workgroup of 64 per element of f32[1,16,1,1]
//   %135 = reshape(%134); one invocation per element of f32[16,1,1]
//   %136 = reshape(%135); one invocation per element of f32[16]
//   %137 = reshape(%133); one invocation per element of f32[N,16,784]
//   %138 = transpose(%137); one invocation per element of f32[N,784,16]
//   %139 = matmul(%138, %0); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[16,9]
//   %140 = reshape(%139); one invocation per element of f32[16,1,3,3]
//   %141 = constant(); one invocation per element of f32[]
//   %143 = constant(); one invocation per element of f32[]
//   %145 = mul → mul → add(%141, %exp_avg.conv2d1.weight, %143, %140); one invocation per element of f32[16,1,3,3]
//   %146 = constant(); one invocation per element of f32[]
//   %148 = constant(); one invocation per element of f32[]
//   %151 = mul → mul → mul → add(%146, %exp_avg_sq.conv2d1.weight, %140, %148); one invocation per element of f32[16,1,3,3]
//   %157 = pow → sub → sqrt(%146, %t, %66); one invocation per element of f32[]
//   %159 = constant(); one invocation per element of f32[]
//   %161 = pow → sub → div(%141, %t, %66, %lr); one invocation per element of f32[]
//   %164 = sqrt → div → add → div → mul → sub(%151, %157, %159, %145, %161, %conv2d1.weight); one invocation per element of f32[16,1,3,3]
//   %167 = mul → mul → add(%141, %exp_avg.conv2d1.bias, %143, %136); one invocation per element of f32[16]
//   %171 = mul → mul → mul → add(%146, %exp_avg_sq.conv2d1.bias, %136, %148); one invocation per element of f32[16]
//   %177 = sqrt → div → add → div → mul → sub(%171, %157, %159, %167, %161, %conv2d1.bias); one invocation per element of f32[16]
//   %180 = mul → mul → add(%141, %exp_avg.residual1.conv2d1.weight, %143, %129); one invocation per element of f32[16,16,3,3]
//   %184 = mul → mul → mul → add(%146, %exp_avg_sq.residual1.conv2d1.weight, %129, %148); one invocation per element of f32[16,16,3,3]
//   %190 = sqrt → div → add → div → mul → sub(%184, %157, %159, %180, %161, %residual1.conv2d1.weight); one invocation per element of f32[16,16,3,3]
//   %193 = mul → mul → add(%141, %exp_avg.residual1.conv2d1.bias, %143, %124); one invocation per element of f32[16]
//   %197 = mul → mul → mul → add(%146, %exp_avg_sq.residual1.conv2d1.bias, %124, %148); one invocation per element of f32[16]
//   %203 = sqrt → div → add → div → mul → sub(%197, %157, %159, %193, %161, %residual1.conv2d1.bias); one invocation per element of f32[16]
//   %206 = mul → mul → add(%141, %exp_avg.residual1.conv2d2.weight, %143, %118); one invocation per element of f32[16,16,3,3]
//   %210 = mul → mul → mul → add(%146, %exp_avg_sq.residual1.conv2d2.weight, %118, %148); one invocation per element of f32[16,16,3,3]
//   %216 = sqrt → div → add → div → mul → sub(%210, %157, %159, %206, %161, %residual1.conv2d2.weight); one invocation per element of f32[16,16,3,3]
//   %219 = mul → mul → add(%141, %exp_avg.residual1.conv2d2.bias, %143, %113); one invocation per element of f32[16]
//   %223 = mul → mul → mul → add(%146, %exp_avg_sq.residual1.conv2d2.bias, %113, %148); one invocation per element of f32[16]
//   %229 = sqrt → div → add → div → mul → sub(%223, %157, %159, %219, %161, %residual1.conv2d2.bias); one invocation per element of f32[16]
//   %232 = mul → mul → add(%141, %exp_avg.residual2.conv2d1.weight, %143, %105); one invocation per element of f32[16,16,3,3]
//   %236 = mul → mul → mul → add(%146, %exp_avg_sq.residual2.conv2d1.weight, %105, %148); one invocation per element of f32[16,16,3,3]
//   %242 = sqrt → div → add → div → mul → sub(%236, %157, %159, %232, %161, %residual2.conv2d1.weight); one invocation per element of f32[16,16,3,3]
//   %245 = mul → mul → add(%141, %exp_avg.residual2.conv2d1.bias, %143, %100); one invocation per element of f32[16]
//   %249 = mul → mul → mul → add(%146, %exp_avg_sq.residual2.conv2d1.bias, %100, %148); one invocation per element of f32[16]
//   %255 = sqrt → div → add → div → mul → sub(%249, %157, %159, %245, %161, %residual2.conv2d1.bias); one invocation per element of f32[16]
//   %258 = mul → mul → add(%141, %exp_avg.residual2.conv2d2.weight, %143, %94); one invocation per element of f32[16,16,3,3]
//   %262 = mul → mul → mul → add(%146, %exp_avg_sq.residual2.conv2d2.weight, %94, %148); one invocation per element of f32[16,16,3,3]
//   %268 = sqrt → div → add → div → mul → sub(%262, %157, %159, %258, %161, %residual2.conv2d2.weight); one invocation per element of f32[16,16,3,3]
//   %271 = mul → mul → add(%141, %exp_avg.residual2.conv2d2.bias, %143, %89); one invocation per element of f32[16]
//   %275 = mul → mul → mul → add(%146, %exp_avg_sq.residual2.conv2d2.bias, %89, %148); one invocation per element of f32[16]
//   %281 = sqrt → div → add → div → mul → sub(%275, %157, %159, %271, %161, %residual2.conv2d2.bias); one invocation per element of f32[16]
//   %284 = mul → mul → add(%141, %exp_avg.linear1.weight, %143, %82); one invocation per element of f32[10,784]
//   %288 = mul → mul → mul → add(%146, %exp_avg_sq.linear1.weight, %82, %148); one invocation per element of f32[10,784]
//   %294 = sqrt → div → add → div → mul → sub(%288, %157, %159, %284, %161, %linear1.weight); one invocation per element of f32[10,784]
//   %297 = mul → mul → add(%141, %exp_avg.linear1.bias, %143, %80); one invocation per element of f32[10]
//   %301 = mul → mul → mul → add(%146, %exp_avg_sq.linear1.bias, %80, %148); one invocation per element of f32[10]
//   %307 = sqrt → div → add → div → mul → sub(%301, %157, %159, %297, %161, %linear1.bias); one invocation per element of f32[10]

// ---- k0_im2col: %0 = im2col(%image)
// im2col
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 784u * 9u) { return; }
  let q = i % 9u;
  let p = (i / 9u) % 784u;
  let n = i / 7056u;
  let kx = q % 3u;
  let ky = (q / 3u) % 3u;
  let c = q / 9u;
  let iy = i32((p / 28u) * 1u + ky) - 1i;
  let ix = i32((p % 28u) * 1u + kx) - 1i;
  let inside = iy >= 0 && iy < 28i && ix >= 0 && ix < 28i;
  let at = ((n * 1u + c) * 28u + u32(clamp(iy, 0i, 27i))) * 28u + u32(clamp(ix, 0i, 27i));
  out[i] = select(0.0, in0[at], inside);
}

// ---- k1_reshape: %1 = reshape(%conv2d1.weight)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 16u * 9u) { return; }
  out[i] = in0[i];
}

// ---- k2_matmul: %2 = matmul(%0, %1)
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
  let rows = (params.n * 784u * 16u) / 16u;
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
      tileB[(e % 16u) * 32u + e / 16u] = select(0.0, in1[(min(bc, 15u)) * 9u + min(bp, inner - 1u)], bp < inner && bc < 16u);
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

// ---- k3_transpose: %3 = transpose(%2)
// transpose
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 16u * 784u) { return; }
  var o_rest = i;
  let o2 = o_rest % 784u;
  o_rest = o_rest / 784u;
  let o1 = o_rest % 16u;
  o_rest = o_rest / 16u;
  let o0 = o_rest % params.n;
  o_rest = o_rest / params.n;
  out[i] = in0[o0 * 16u * 784u + o1 * 1u + o2 * 16u];
}

// ---- k4_reshape: %4 = reshape(%3)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 16u * 28u * 28u) { return; }
  out[i] = in0[i];
}

// ---- k5_reshape: %5 = reshape(%conv2d1.bias)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 16u * 1u * 1u) { return; }
  out[i] = in0[i];
}

// ---- k6_add: %6 = add(%4, %5)
// add
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 16u * 28u * 28u) { return; }
  var o_rest = i;
  let o3 = o_rest % 28u;
  o_rest = o_rest / 28u;
  let o2 = o_rest % 28u;
  o_rest = o_rest / 28u;
  let o1 = o_rest % 16u;
  o_rest = o_rest / 16u;
  let o0 = o_rest % params.n;
  o_rest = o_rest / params.n;
  let l0 = in0[i];
  let l1 = in1[o1 * 1u];
  out[i] = (l0 + l1);
}

// ---- k7_relu: %7 = relu(%6)
// relu
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 16u * 28u * 28u) { return; }
  let l0 = in0[i];
  out[i] = max(l0, 0.0);
}

// ---- k8_im2col: %8 = im2col(%7)
// im2col
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 784u * 144u) { return; }
  let q = i % 144u;
  let p = (i / 144u) % 784u;
  let n = i / 112896u;
  let kx = q % 3u;
  let ky = (q / 3u) % 3u;
  let c = q / 9u;
  let iy = i32((p / 28u) * 1u + ky) - 1i;
  let ix = i32((p % 28u) * 1u + kx) - 1i;
  let inside = iy >= 0 && iy < 28i && ix >= 0 && ix < 28i;
  let at = ((n * 16u + c) * 28u + u32(clamp(iy, 0i, 27i))) * 28u + u32(clamp(ix, 0i, 27i));
  out[i] = select(0.0, in0[at], inside);
}

// ---- k9_reshape: %9 = reshape(%residual1.conv2d1.weight)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 16u * 144u) { return; }
  out[i] = in0[i];
}

// ---- k10_matmul: %10 = matmul(%8, %9)
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
  let rows = (params.n * 784u * 16u) / 16u;
  let inner = 144u;
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
      tileA[(e % 16u) * 32u + e / 16u] = select(0.0, in0[(min(ar, rows - 1u)) * 144u + min(ap, inner - 1u)], ar < rows && ap < inner);
      let bp = p0 + e % 16u;
      let bc = tc + e / 16u;
      tileB[(e % 16u) * 32u + e / 16u] = select(0.0, in1[(min(bc, 15u)) * 144u + min(bp, inner - 1u)], bp < inner && bc < 16u);
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

// ---- k11_transpose: %11 = transpose(%10)
// transpose
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 16u * 784u) { return; }
  var o_rest = i;
  let o2 = o_rest % 784u;
  o_rest = o_rest / 784u;
  let o1 = o_rest % 16u;
  o_rest = o_rest / 16u;
  let o0 = o_rest % params.n;
  o_rest = o_rest / params.n;
  out[i] = in0[o0 * 16u * 784u + o1 * 1u + o2 * 16u];
}

// ---- k12_reshape: %12 = reshape(%11)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 16u * 28u * 28u) { return; }
  out[i] = in0[i];
}

// ---- k13_reshape: %13 = reshape(%residual1.conv2d1.bias)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 16u * 1u * 1u) { return; }
  out[i] = in0[i];
}

// ---- k14_add: %14 = add(%12, %13)
// add
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 16u * 28u * 28u) { return; }
  var o_rest = i;
  let o3 = o_rest % 28u;
  o_rest = o_rest / 28u;
  let o2 = o_rest % 28u;
  o_rest = o_rest / 28u;
  let o1 = o_rest % 16u;
  o_rest = o_rest / 16u;
  let o0 = o_rest % params.n;
  o_rest = o_rest / params.n;
  let l0 = in0[i];
  let l1 = in1[o1 * 1u];
  out[i] = (l0 + l1);
}

// ---- k15_relu: %15 = relu(%14)
// relu
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 16u * 28u * 28u) { return; }
  let l0 = in0[i];
  out[i] = max(l0, 0.0);
}

// ---- k16_im2col: %16 = im2col(%15)
// im2col
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 784u * 144u) { return; }
  let q = i % 144u;
  let p = (i / 144u) % 784u;
  let n = i / 112896u;
  let kx = q % 3u;
  let ky = (q / 3u) % 3u;
  let c = q / 9u;
  let iy = i32((p / 28u) * 1u + ky) - 1i;
  let ix = i32((p % 28u) * 1u + kx) - 1i;
  let inside = iy >= 0 && iy < 28i && ix >= 0 && ix < 28i;
  let at = ((n * 16u + c) * 28u + u32(clamp(iy, 0i, 27i))) * 28u + u32(clamp(ix, 0i, 27i));
  out[i] = select(0.0, in0[at], inside);
}

// ---- k17_reshape: %17 = reshape(%residual1.conv2d2.weight)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 16u * 144u) { return; }
  out[i] = in0[i];
}

// ---- k18_matmul: %18 = matmul(%16, %17)
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
  let rows = (params.n * 784u * 16u) / 16u;
  let inner = 144u;
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
      tileA[(e % 16u) * 32u + e / 16u] = select(0.0, in0[(min(ar, rows - 1u)) * 144u + min(ap, inner - 1u)], ar < rows && ap < inner);
      let bp = p0 + e % 16u;
      let bc = tc + e / 16u;
      tileB[(e % 16u) * 32u + e / 16u] = select(0.0, in1[(min(bc, 15u)) * 144u + min(bp, inner - 1u)], bp < inner && bc < 16u);
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

// ---- k19_transpose: %19 = transpose(%18)
// transpose
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 16u * 784u) { return; }
  var o_rest = i;
  let o2 = o_rest % 784u;
  o_rest = o_rest / 784u;
  let o1 = o_rest % 16u;
  o_rest = o_rest / 16u;
  let o0 = o_rest % params.n;
  o_rest = o_rest / params.n;
  out[i] = in0[o0 * 16u * 784u + o1 * 1u + o2 * 16u];
}

// ---- k20_reshape: %20 = reshape(%19)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 16u * 28u * 28u) { return; }
  out[i] = in0[i];
}

// ---- k21_reshape: %21 = reshape(%residual1.conv2d2.bias)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 16u * 1u * 1u) { return; }
  out[i] = in0[i];
}

// ---- k22_fused_add_add: %23 = add(%20, %21, %7)
// add → add
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read> in2: array<f32>;
@group(0) @binding(4) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 16u * 28u * 28u) { return; }
  var o_rest = i;
  let o3 = o_rest % 28u;
  o_rest = o_rest / 28u;
  let o2 = o_rest % 28u;
  o_rest = o_rest / 28u;
  let o1 = o_rest % 16u;
  o_rest = o_rest / 16u;
  let o0 = o_rest % params.n;
  o_rest = o_rest / params.n;
  let l0 = in0[i];
  let l1 = in1[o1 * 1u];
  let l2 = in2[i];
  let t0 = (l0 + l1);
  out[i] = (l2 + t0);
}

// ---- k23_relu: %24 = relu(%23)
// relu
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 16u * 28u * 28u) { return; }
  let l0 = in0[i];
  out[i] = max(l0, 0.0);
}

// ---- k24_maxpool: %25 = maxpool(%24)
// maxpool
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 16u * 14u * 14u) { return; }
  let ox = i % 14u;
  let oy = (i / 14u) % 14u;
  let c = (i / 196u) % 16u;
  let n = i / 3136u;
  var best = 0u;
  var bestV = 0.0;
  var found = false;
  for (var ey = 0u; ey < 2u; ey++) {
    let py = i32(oy * 2u + ey) - 0i;
    if (py < 0 || py >= 28i) { continue; }
    for (var ex = 0u; ex < 2u; ex++) {
      let px = i32(ox * 2u + ex) - 0i;
      if (px < 0 || px >= 28i) { continue; }
      let at = ((n * 16u + c) * 28u + u32(py)) * 28u + u32(px);
      let v = in0[at];
      if (!found || v > bestV || (v != v && bestV == bestV)) { best = at; bestV = v; found = true; }
    }
  }
  out[i] = in0[best];
}

// ---- k25_im2col: %26 = im2col(%25)
// im2col
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 196u * 144u) { return; }
  let q = i % 144u;
  let p = (i / 144u) % 196u;
  let n = i / 28224u;
  let kx = q % 3u;
  let ky = (q / 3u) % 3u;
  let c = q / 9u;
  let iy = i32((p / 14u) * 1u + ky) - 1i;
  let ix = i32((p % 14u) * 1u + kx) - 1i;
  let inside = iy >= 0 && iy < 14i && ix >= 0 && ix < 14i;
  let at = ((n * 16u + c) * 14u + u32(clamp(iy, 0i, 13i))) * 14u + u32(clamp(ix, 0i, 13i));
  out[i] = select(0.0, in0[at], inside);
}

// ---- k26_reshape: %27 = reshape(%residual2.conv2d1.weight)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 16u * 144u) { return; }
  out[i] = in0[i];
}

// ---- k27_matmul: %28 = matmul(%26, %27)
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
  let rows = (params.n * 196u * 16u) / 16u;
  let inner = 144u;
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
      tileA[(e % 16u) * 32u + e / 16u] = select(0.0, in0[(min(ar, rows - 1u)) * 144u + min(ap, inner - 1u)], ar < rows && ap < inner);
      let bp = p0 + e % 16u;
      let bc = tc + e / 16u;
      tileB[(e % 16u) * 32u + e / 16u] = select(0.0, in1[(min(bc, 15u)) * 144u + min(bp, inner - 1u)], bp < inner && bc < 16u);
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

// ---- k28_transpose: %29 = transpose(%28)
// transpose
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 16u * 196u) { return; }
  var o_rest = i;
  let o2 = o_rest % 196u;
  o_rest = o_rest / 196u;
  let o1 = o_rest % 16u;
  o_rest = o_rest / 16u;
  let o0 = o_rest % params.n;
  o_rest = o_rest / params.n;
  out[i] = in0[o0 * 16u * 196u + o1 * 1u + o2 * 16u];
}

// ---- k29_reshape: %30 = reshape(%29)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 16u * 14u * 14u) { return; }
  out[i] = in0[i];
}

// ---- k30_reshape: %31 = reshape(%residual2.conv2d1.bias)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 16u * 1u * 1u) { return; }
  out[i] = in0[i];
}

// ---- k31_add: %32 = add(%30, %31)
// add
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 16u * 14u * 14u) { return; }
  var o_rest = i;
  let o3 = o_rest % 14u;
  o_rest = o_rest / 14u;
  let o2 = o_rest % 14u;
  o_rest = o_rest / 14u;
  let o1 = o_rest % 16u;
  o_rest = o_rest / 16u;
  let o0 = o_rest % params.n;
  o_rest = o_rest / params.n;
  let l0 = in0[i];
  let l1 = in1[o1 * 1u];
  out[i] = (l0 + l1);
}

// ---- k32_relu: %33 = relu(%32)
// relu
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 16u * 14u * 14u) { return; }
  let l0 = in0[i];
  out[i] = max(l0, 0.0);
}

// ---- k33_im2col: %34 = im2col(%33)
// im2col
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 196u * 144u) { return; }
  let q = i % 144u;
  let p = (i / 144u) % 196u;
  let n = i / 28224u;
  let kx = q % 3u;
  let ky = (q / 3u) % 3u;
  let c = q / 9u;
  let iy = i32((p / 14u) * 1u + ky) - 1i;
  let ix = i32((p % 14u) * 1u + kx) - 1i;
  let inside = iy >= 0 && iy < 14i && ix >= 0 && ix < 14i;
  let at = ((n * 16u + c) * 14u + u32(clamp(iy, 0i, 13i))) * 14u + u32(clamp(ix, 0i, 13i));
  out[i] = select(0.0, in0[at], inside);
}

// ---- k34_reshape: %35 = reshape(%residual2.conv2d2.weight)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 16u * 144u) { return; }
  out[i] = in0[i];
}

// ---- k35_matmul: %36 = matmul(%34, %35)
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
  let rows = (params.n * 196u * 16u) / 16u;
  let inner = 144u;
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
      tileA[(e % 16u) * 32u + e / 16u] = select(0.0, in0[(min(ar, rows - 1u)) * 144u + min(ap, inner - 1u)], ar < rows && ap < inner);
      let bp = p0 + e % 16u;
      let bc = tc + e / 16u;
      tileB[(e % 16u) * 32u + e / 16u] = select(0.0, in1[(min(bc, 15u)) * 144u + min(bp, inner - 1u)], bp < inner && bc < 16u);
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

// ---- k36_transpose: %37 = transpose(%36)
// transpose
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 16u * 196u) { return; }
  var o_rest = i;
  let o2 = o_rest % 196u;
  o_rest = o_rest / 196u;
  let o1 = o_rest % 16u;
  o_rest = o_rest / 16u;
  let o0 = o_rest % params.n;
  o_rest = o_rest / params.n;
  out[i] = in0[o0 * 16u * 196u + o1 * 1u + o2 * 16u];
}

// ---- k37_reshape: %38 = reshape(%37)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 16u * 14u * 14u) { return; }
  out[i] = in0[i];
}

// ---- k38_reshape: %39 = reshape(%residual2.conv2d2.bias)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 16u * 1u * 1u) { return; }
  out[i] = in0[i];
}

// ---- k39_fused_add_add: %41 = add(%38, %39, %25)
// add → add
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read> in2: array<f32>;
@group(0) @binding(4) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 16u * 14u * 14u) { return; }
  var o_rest = i;
  let o3 = o_rest % 14u;
  o_rest = o_rest / 14u;
  let o2 = o_rest % 14u;
  o_rest = o_rest / 14u;
  let o1 = o_rest % 16u;
  o_rest = o_rest / 16u;
  let o0 = o_rest % params.n;
  o_rest = o_rest / params.n;
  let l0 = in0[i];
  let l1 = in1[o1 * 1u];
  let l2 = in2[i];
  let t0 = (l0 + l1);
  out[i] = (l2 + t0);
}

// ---- k40_relu: %42 = relu(%41)
// relu
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 16u * 14u * 14u) { return; }
  let l0 = in0[i];
  out[i] = max(l0, 0.0);
}

// ---- k41_maxpool: %43 = maxpool(%42)
// maxpool
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 16u * 7u * 7u) { return; }
  let ox = i % 7u;
  let oy = (i / 7u) % 7u;
  let c = (i / 49u) % 16u;
  let n = i / 784u;
  var best = 0u;
  var bestV = 0.0;
  var found = false;
  for (var ey = 0u; ey < 2u; ey++) {
    let py = i32(oy * 2u + ey) - 0i;
    if (py < 0 || py >= 14i) { continue; }
    for (var ex = 0u; ex < 2u; ex++) {
      let px = i32(ox * 2u + ex) - 0i;
      if (px < 0 || px >= 14i) { continue; }
      let at = ((n * 16u + c) * 14u + u32(py)) * 14u + u32(px);
      let v = in0[at];
      if (!found || v > bestV || (v != v && bestV == bestV)) { best = at; bestV = v; found = true; }
    }
  }
  out[i] = in0[best];
}

// ---- k42_reshape: %44 = reshape(%43)
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

// ---- k43_matmul: %45 = matmul(%44, %linear1.weight)
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
      tileB[(e % 16u) * 32u + e / 16u] = select(0.0, in1[(min(bc, 9u)) * 784u + min(bp, inner - 1u)], bp < inner && bc < 10u);
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

// ---- k44_add: %46 = add(%45, %linear1.bias)
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

// ---- k45_reduce_max: %47 = reduce_max(%46)
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

// ---- k46_stop_gradient: %48 = stop_gradient(%47)
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

// ---- k47_sub: %49 = sub(%46, %48)
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

// ---- k48_exp: %50 = exp(%49)
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

// ---- k49_reduce_sum: %51 = reduce_sum(%50)
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

// ---- k50_log: %52 = log(%51)
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

// ---- k51_one_hot: %53 = one_hot(%label)
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

// ---- k52_reshape: %54 = reshape(%52)
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

// ---- k53_mul: %55 = mul(%49, %53)
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

// ---- k54_reduce_sum: %56 = reduce_sum(%55)
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

// ---- k55_sub: %57 = sub(%54, %56)
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

// ---- k56_reduce_sum: %58 = reduce_sum(%57)
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

// ---- k57_batch_size: %59 = batch_size()
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

// ---- k58_div: %60 = div(%58, %59)
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

// ---- k59_argmax: %61 = argmax(%46)
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

// ---- k60_cast: %62 = cast(%61)
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

// ---- k61_cast: %63 = cast(%label)
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

// ---- k62_equal: %64 = equal(%62, %63)
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

// ---- k63_reduce_sum: %65 = reduce_sum(%64)
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

// ---- k64_constant: %66 = constant()
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

// ---- k65_div: %67 = div(%66, %59)
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

// ---- k66_reshape: %68 = reshape(%67)
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

// ---- k67_broadcast: %69 = broadcast(%68)
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

// ---- k68_neg: %70 = neg(%69)
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

// ---- k69_reshape: %71 = reshape(%70)
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

// ---- k70_broadcast: %72 = broadcast(%71)
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

// ---- k71_reshape: %74 = reshape(%69)
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

// ---- k72_div: %75 = div(%74, %51)
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

// ---- k73_broadcast: %76 = broadcast(%75)
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

// ---- k74_fused_mul_mul_add: %78 = add(%72, %53, %76, %50)
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

// ---- k75_reduce_sum: %79 = reduce_sum(%78)
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

// ---- k76_reshape: %80 = reshape(%79)
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

// ---- k77_matmul: %81 = matmul(%78, %linear1.weight)
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
  let rows = (params.n * 784u) / 784u;
  let inner = 10u;
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
      let ar = tr + e / 16u;
      let ap = p0 + e % 16u;
      tileA[(e % 16u) * 32u + e / 16u] = select(0.0, in0[(min(ar, rows - 1u)) * 10u + min(ap, inner - 1u)], ar < rows && ap < inner);
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

// ---- k78_matmul: %82 = matmul(%78, %44)
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
      tileA[(e / 32u) * 32u + e % 32u] = select(0.0, in0[(min(ap, inner - 1u)) * 10u + min(ar, rows - 1u)], ar < rows && ap < inner);
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

// ---- k79_reshape: %83 = reshape(%81)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 16u * 7u * 7u) { return; }
  out[i] = in0[i];
}

// ---- k80_maxpool_backward: %84 = maxpool_backward(%42, %83)
// maxpool_backward
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 16u * 14u * 14u) { return; }
  let ix = i % 14u;
  let iy = (i / 14u) % 14u;
  let c = (i / 196u) % 16u;
  let n = i / 3136u;
  var acc = 0.0;
  for (var ky = 0u; ky < 2u; ky++) {
    let ty = i32(iy) + 0i - i32(ky);
    if (ty < 0 || ty % 2i != 0 || ty / 2i >= 7i) { continue; }
    let oy = u32(ty / 2i);
    for (var kx = 0u; kx < 2u; kx++) {
      let tx = i32(ix) + 0i - i32(kx);
      if (tx < 0 || tx % 2i != 0 || tx / 2i >= 7i) { continue; }
      let ox = u32(tx / 2i);
      var best = 0u;
  var bestV = 0.0;
  var found = false;
  for (var ey = 0u; ey < 2u; ey++) {
    let py = i32(oy * 2u + ey) - 0i;
    if (py < 0 || py >= 14i) { continue; }
    for (var ex = 0u; ex < 2u; ex++) {
      let px = i32(ox * 2u + ex) - 0i;
      if (px < 0 || px >= 14i) { continue; }
      let at = ((n * 16u + c) * 14u + u32(py)) * 14u + u32(px);
      let v = in0[at];
      if (!found || v > bestV || (v != v && bestV == bestV)) { best = at; bestV = v; found = true; }
    }
  }
    if (best == i) { acc += in1[((n * 16u + c) * 7u + oy) * 7u + ox]; }
    }
  }
  out[i] = acc;
}

// ---- k81_fused_step_mul: %86 = mul(%41, %84)
// step → mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 16u * 14u * 14u) { return; }
  let l0 = in0[i];
  let l1 = in1[i];
  let t0 = select(0.0, 1.0, l0 > 0.0);
  out[i] = (l1 * t0);
}

// ---- k82_reduce_sum: %87 = reduce_sum(%86)
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
  let live = o < 1u * 16u * 1u * 1u;
  var o_rest = min(o, 1u * 16u * 1u * 1u - 1u);
  let o3 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let o2 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let o1 = o_rest % 16u;
  o_rest = o_rest / 16u;
  let o0 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let base = o1 * 14u * 14u;
  var acc = 0.0;
  if (live) {
    for (var e = lane; e < params.n * 14u * 14u; e += 64u) {
      var rest = e;
      let r3 = rest % 14u;
      rest = rest / 14u;
      let r2 = rest % 14u;
      rest = rest / 14u;
      let r0 = rest % params.n;
      rest = rest / params.n;
      let v = in0[base + r0 * 14u * 14u * 16u + r2 * 14u + r3 * 1u];
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

// ---- k83_reshape: %88 = reshape(%87)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 16u * 1u * 1u) { return; }
  out[i] = in0[i];
}

// ---- k84_reshape: %89 = reshape(%88)
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

// ---- k85_reshape: %90 = reshape(%86)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 16u * 196u) { return; }
  out[i] = in0[i];
}

// ---- k86_transpose: %91 = transpose(%90)
// transpose
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 196u * 16u) { return; }
  var o_rest = i;
  let o2 = o_rest % 16u;
  o_rest = o_rest / 16u;
  let o1 = o_rest % 196u;
  o_rest = o_rest / 196u;
  let o0 = o_rest % params.n;
  o_rest = o_rest / params.n;
  out[i] = in0[o0 * 196u * 16u + o1 * 1u + o2 * 196u];
}

// ---- k87_matmul: %92 = matmul(%91, %35)
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
  let rows = (params.n * 196u * 144u) / 144u;
  let inner = 16u;
  let group = i / 64u;
  let lane = i % 64u;
  let tr = (group / 5u) * 32u;
  let tc = (group % 5u) * 32u;
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
      let bp = p0 + e / 32u;
      let bc = tc + e % 32u;
      tileB[(e / 32u) * 32u + e % 32u] = select(0.0, in1[(min(bp, inner - 1u)) * 144u + min(bc, 143u)], bp < inner && bc < 144u);
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
  if (r0 + 0u < rows && c0 + 0u < 144u) { out[(r0 + 0u) * 144u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 144u) { out[(r0 + 0u) * 144u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 144u) { out[(r0 + 0u) * 144u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 144u) { out[(r0 + 0u) * 144u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 144u) { out[(r0 + 1u) * 144u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 144u) { out[(r0 + 1u) * 144u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 144u) { out[(r0 + 1u) * 144u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 144u) { out[(r0 + 1u) * 144u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 144u) { out[(r0 + 2u) * 144u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 144u) { out[(r0 + 2u) * 144u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 144u) { out[(r0 + 2u) * 144u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 144u) { out[(r0 + 2u) * 144u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 144u) { out[(r0 + 3u) * 144u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 144u) { out[(r0 + 3u) * 144u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 144u) { out[(r0 + 3u) * 144u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 144u) { out[(r0 + 3u) * 144u + c0 + 3u] = acc3[3]; }
}

// ---- k88_matmul: %93 = matmul(%91, %34)
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
  let inner = params.n * 196u;
  let group = i / 64u;
  let lane = i % 64u;
  let tr = (group / 5u) * 32u;
  let tc = (group % 5u) * 32u;
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
      tileB[(e / 32u) * 32u + e % 32u] = select(0.0, in1[(min(bp, inner - 1u)) * 144u + min(bc, 143u)], bp < inner && bc < 144u);
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
  if (r0 + 0u < rows && c0 + 0u < 144u) { out[(r0 + 0u) * 144u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 144u) { out[(r0 + 0u) * 144u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 144u) { out[(r0 + 0u) * 144u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 144u) { out[(r0 + 0u) * 144u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 144u) { out[(r0 + 1u) * 144u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 144u) { out[(r0 + 1u) * 144u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 144u) { out[(r0 + 1u) * 144u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 144u) { out[(r0 + 1u) * 144u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 144u) { out[(r0 + 2u) * 144u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 144u) { out[(r0 + 2u) * 144u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 144u) { out[(r0 + 2u) * 144u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 144u) { out[(r0 + 2u) * 144u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 144u) { out[(r0 + 3u) * 144u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 144u) { out[(r0 + 3u) * 144u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 144u) { out[(r0 + 3u) * 144u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 144u) { out[(r0 + 3u) * 144u + c0 + 3u] = acc3[3]; }
}

// ---- k89_reshape: %94 = reshape(%93)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 16u * 16u * 3u * 3u) { return; }
  out[i] = in0[i];
}

// ---- k90_col2im: %95 = col2im(%92)
// col2im
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 16u * 14u * 14u) { return; }
  let ix = i % 14u;
  let iy = (i / 14u) % 14u;
  let c = (i / 196u) % 16u;
  let n = i / 3136u;
  var acc = 0.0;
  for (var ky = 0u; ky < 3u; ky++) {
    let ty = i32(iy) + 1i - i32(ky);
    if (ty < 0 || ty % 1i != 0 || ty / 1i >= 14i) { continue; }
    let oy = u32(ty / 1i);
    for (var kx = 0u; kx < 3u; kx++) {
      let tx = i32(ix) + 1i - i32(kx);
      if (tx < 0 || tx % 1i != 0 || tx / 1i >= 14i) { continue; }
      let ox = u32(tx / 1i);
      acc += in0[(n * 196u + oy * 14u + ox) * 144u + (c * 3u + ky) * 3u + kx];
    }
  }
  out[i] = acc;
}

// ---- k91_fused_step_mul: %97 = mul(%32, %95)
// step → mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 16u * 14u * 14u) { return; }
  let l0 = in0[i];
  let l1 = in1[i];
  let t0 = select(0.0, 1.0, l0 > 0.0);
  out[i] = (l1 * t0);
}

// ---- k92_reduce_sum: %98 = reduce_sum(%97)
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
  let live = o < 1u * 16u * 1u * 1u;
  var o_rest = min(o, 1u * 16u * 1u * 1u - 1u);
  let o3 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let o2 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let o1 = o_rest % 16u;
  o_rest = o_rest / 16u;
  let o0 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let base = o1 * 14u * 14u;
  var acc = 0.0;
  if (live) {
    for (var e = lane; e < params.n * 14u * 14u; e += 64u) {
      var rest = e;
      let r3 = rest % 14u;
      rest = rest / 14u;
      let r2 = rest % 14u;
      rest = rest / 14u;
      let r0 = rest % params.n;
      rest = rest / params.n;
      let v = in0[base + r0 * 14u * 14u * 16u + r2 * 14u + r3 * 1u];
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

// ---- k93_reshape: %99 = reshape(%98)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 16u * 1u * 1u) { return; }
  out[i] = in0[i];
}

// ---- k94_reshape: %100 = reshape(%99)
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

// ---- k95_reshape: %101 = reshape(%97)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 16u * 196u) { return; }
  out[i] = in0[i];
}

// ---- k96_transpose: %102 = transpose(%101)
// transpose
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 196u * 16u) { return; }
  var o_rest = i;
  let o2 = o_rest % 16u;
  o_rest = o_rest / 16u;
  let o1 = o_rest % 196u;
  o_rest = o_rest / 196u;
  let o0 = o_rest % params.n;
  o_rest = o_rest / params.n;
  out[i] = in0[o0 * 196u * 16u + o1 * 1u + o2 * 196u];
}

// ---- k97_matmul: %103 = matmul(%102, %27)
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
  let rows = (params.n * 196u * 144u) / 144u;
  let inner = 16u;
  let group = i / 64u;
  let lane = i % 64u;
  let tr = (group / 5u) * 32u;
  let tc = (group % 5u) * 32u;
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
      let bp = p0 + e / 32u;
      let bc = tc + e % 32u;
      tileB[(e / 32u) * 32u + e % 32u] = select(0.0, in1[(min(bp, inner - 1u)) * 144u + min(bc, 143u)], bp < inner && bc < 144u);
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
  if (r0 + 0u < rows && c0 + 0u < 144u) { out[(r0 + 0u) * 144u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 144u) { out[(r0 + 0u) * 144u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 144u) { out[(r0 + 0u) * 144u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 144u) { out[(r0 + 0u) * 144u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 144u) { out[(r0 + 1u) * 144u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 144u) { out[(r0 + 1u) * 144u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 144u) { out[(r0 + 1u) * 144u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 144u) { out[(r0 + 1u) * 144u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 144u) { out[(r0 + 2u) * 144u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 144u) { out[(r0 + 2u) * 144u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 144u) { out[(r0 + 2u) * 144u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 144u) { out[(r0 + 2u) * 144u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 144u) { out[(r0 + 3u) * 144u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 144u) { out[(r0 + 3u) * 144u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 144u) { out[(r0 + 3u) * 144u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 144u) { out[(r0 + 3u) * 144u + c0 + 3u] = acc3[3]; }
}

// ---- k98_matmul: %104 = matmul(%102, %26)
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
  let inner = params.n * 196u;
  let group = i / 64u;
  let lane = i % 64u;
  let tr = (group / 5u) * 32u;
  let tc = (group % 5u) * 32u;
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
      tileB[(e / 32u) * 32u + e % 32u] = select(0.0, in1[(min(bp, inner - 1u)) * 144u + min(bc, 143u)], bp < inner && bc < 144u);
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
  if (r0 + 0u < rows && c0 + 0u < 144u) { out[(r0 + 0u) * 144u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 144u) { out[(r0 + 0u) * 144u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 144u) { out[(r0 + 0u) * 144u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 144u) { out[(r0 + 0u) * 144u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 144u) { out[(r0 + 1u) * 144u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 144u) { out[(r0 + 1u) * 144u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 144u) { out[(r0 + 1u) * 144u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 144u) { out[(r0 + 1u) * 144u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 144u) { out[(r0 + 2u) * 144u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 144u) { out[(r0 + 2u) * 144u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 144u) { out[(r0 + 2u) * 144u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 144u) { out[(r0 + 2u) * 144u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 144u) { out[(r0 + 3u) * 144u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 144u) { out[(r0 + 3u) * 144u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 144u) { out[(r0 + 3u) * 144u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 144u) { out[(r0 + 3u) * 144u + c0 + 3u] = acc3[3]; }
}

// ---- k99_reshape: %105 = reshape(%104)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 16u * 16u * 3u * 3u) { return; }
  out[i] = in0[i];
}

// ---- k100_col2im: %106 = col2im(%103)
// col2im
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 16u * 14u * 14u) { return; }
  let ix = i % 14u;
  let iy = (i / 14u) % 14u;
  let c = (i / 196u) % 16u;
  let n = i / 3136u;
  var acc = 0.0;
  for (var ky = 0u; ky < 3u; ky++) {
    let ty = i32(iy) + 1i - i32(ky);
    if (ty < 0 || ty % 1i != 0 || ty / 1i >= 14i) { continue; }
    let oy = u32(ty / 1i);
    for (var kx = 0u; kx < 3u; kx++) {
      let tx = i32(ix) + 1i - i32(kx);
      if (tx < 0 || tx % 1i != 0 || tx / 1i >= 14i) { continue; }
      let ox = u32(tx / 1i);
      acc += in0[(n * 196u + oy * 14u + ox) * 144u + (c * 3u + ky) * 3u + kx];
    }
  }
  out[i] = acc;
}

// ---- k101_add: %107 = add(%86, %106)
// add
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 16u * 14u * 14u) { return; }
  let l0 = in0[i];
  let l1 = in1[i];
  out[i] = (l0 + l1);
}

// ---- k102_maxpool_backward: %108 = maxpool_backward(%24, %107)
// maxpool_backward
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 16u * 28u * 28u) { return; }
  let ix = i % 28u;
  let iy = (i / 28u) % 28u;
  let c = (i / 784u) % 16u;
  let n = i / 12544u;
  var acc = 0.0;
  for (var ky = 0u; ky < 2u; ky++) {
    let ty = i32(iy) + 0i - i32(ky);
    if (ty < 0 || ty % 2i != 0 || ty / 2i >= 14i) { continue; }
    let oy = u32(ty / 2i);
    for (var kx = 0u; kx < 2u; kx++) {
      let tx = i32(ix) + 0i - i32(kx);
      if (tx < 0 || tx % 2i != 0 || tx / 2i >= 14i) { continue; }
      let ox = u32(tx / 2i);
      var best = 0u;
  var bestV = 0.0;
  var found = false;
  for (var ey = 0u; ey < 2u; ey++) {
    let py = i32(oy * 2u + ey) - 0i;
    if (py < 0 || py >= 28i) { continue; }
    for (var ex = 0u; ex < 2u; ex++) {
      let px = i32(ox * 2u + ex) - 0i;
      if (px < 0 || px >= 28i) { continue; }
      let at = ((n * 16u + c) * 28u + u32(py)) * 28u + u32(px);
      let v = in0[at];
      if (!found || v > bestV || (v != v && bestV == bestV)) { best = at; bestV = v; found = true; }
    }
  }
    if (best == i) { acc += in1[((n * 16u + c) * 14u + oy) * 14u + ox]; }
    }
  }
  out[i] = acc;
}

// ---- k103_fused_step_mul: %110 = mul(%23, %108)
// step → mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 16u * 28u * 28u) { return; }
  let l0 = in0[i];
  let l1 = in1[i];
  let t0 = select(0.0, 1.0, l0 > 0.0);
  out[i] = (l1 * t0);
}

// ---- k104_reduce_sum: %111 = reduce_sum(%110)
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
  let live = o < 1u * 16u * 1u * 1u;
  var o_rest = min(o, 1u * 16u * 1u * 1u - 1u);
  let o3 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let o2 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let o1 = o_rest % 16u;
  o_rest = o_rest / 16u;
  let o0 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let base = o1 * 28u * 28u;
  var acc = 0.0;
  if (live) {
    for (var e = lane; e < params.n * 28u * 28u; e += 64u) {
      var rest = e;
      let r3 = rest % 28u;
      rest = rest / 28u;
      let r2 = rest % 28u;
      rest = rest / 28u;
      let r0 = rest % params.n;
      rest = rest / params.n;
      let v = in0[base + r0 * 28u * 28u * 16u + r2 * 28u + r3 * 1u];
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

// ---- k105_reshape: %112 = reshape(%111)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 16u * 1u * 1u) { return; }
  out[i] = in0[i];
}

// ---- k106_reshape: %113 = reshape(%112)
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

// ---- k107_reshape: %114 = reshape(%110)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 16u * 784u) { return; }
  out[i] = in0[i];
}

// ---- k108_transpose: %115 = transpose(%114)
// transpose
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 784u * 16u) { return; }
  var o_rest = i;
  let o2 = o_rest % 16u;
  o_rest = o_rest / 16u;
  let o1 = o_rest % 784u;
  o_rest = o_rest / 784u;
  let o0 = o_rest % params.n;
  o_rest = o_rest / params.n;
  out[i] = in0[o0 * 784u * 16u + o1 * 1u + o2 * 784u];
}

// ---- k109_matmul: %116 = matmul(%115, %17)
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
  let rows = (params.n * 784u * 144u) / 144u;
  let inner = 16u;
  let group = i / 64u;
  let lane = i % 64u;
  let tr = (group / 5u) * 32u;
  let tc = (group % 5u) * 32u;
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
      let bp = p0 + e / 32u;
      let bc = tc + e % 32u;
      tileB[(e / 32u) * 32u + e % 32u] = select(0.0, in1[(min(bp, inner - 1u)) * 144u + min(bc, 143u)], bp < inner && bc < 144u);
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
  if (r0 + 0u < rows && c0 + 0u < 144u) { out[(r0 + 0u) * 144u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 144u) { out[(r0 + 0u) * 144u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 144u) { out[(r0 + 0u) * 144u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 144u) { out[(r0 + 0u) * 144u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 144u) { out[(r0 + 1u) * 144u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 144u) { out[(r0 + 1u) * 144u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 144u) { out[(r0 + 1u) * 144u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 144u) { out[(r0 + 1u) * 144u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 144u) { out[(r0 + 2u) * 144u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 144u) { out[(r0 + 2u) * 144u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 144u) { out[(r0 + 2u) * 144u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 144u) { out[(r0 + 2u) * 144u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 144u) { out[(r0 + 3u) * 144u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 144u) { out[(r0 + 3u) * 144u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 144u) { out[(r0 + 3u) * 144u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 144u) { out[(r0 + 3u) * 144u + c0 + 3u] = acc3[3]; }
}

// ---- k110_matmul: %117 = matmul(%115, %16)
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
  let inner = params.n * 784u;
  let group = i / 64u;
  let lane = i % 64u;
  let tr = (group / 5u) * 32u;
  let tc = (group % 5u) * 32u;
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
      tileB[(e / 32u) * 32u + e % 32u] = select(0.0, in1[(min(bp, inner - 1u)) * 144u + min(bc, 143u)], bp < inner && bc < 144u);
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
  if (r0 + 0u < rows && c0 + 0u < 144u) { out[(r0 + 0u) * 144u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 144u) { out[(r0 + 0u) * 144u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 144u) { out[(r0 + 0u) * 144u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 144u) { out[(r0 + 0u) * 144u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 144u) { out[(r0 + 1u) * 144u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 144u) { out[(r0 + 1u) * 144u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 144u) { out[(r0 + 1u) * 144u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 144u) { out[(r0 + 1u) * 144u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 144u) { out[(r0 + 2u) * 144u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 144u) { out[(r0 + 2u) * 144u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 144u) { out[(r0 + 2u) * 144u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 144u) { out[(r0 + 2u) * 144u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 144u) { out[(r0 + 3u) * 144u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 144u) { out[(r0 + 3u) * 144u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 144u) { out[(r0 + 3u) * 144u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 144u) { out[(r0 + 3u) * 144u + c0 + 3u] = acc3[3]; }
}

// ---- k111_reshape: %118 = reshape(%117)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 16u * 16u * 3u * 3u) { return; }
  out[i] = in0[i];
}

// ---- k112_col2im: %119 = col2im(%116)
// col2im
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 16u * 28u * 28u) { return; }
  let ix = i % 28u;
  let iy = (i / 28u) % 28u;
  let c = (i / 784u) % 16u;
  let n = i / 12544u;
  var acc = 0.0;
  for (var ky = 0u; ky < 3u; ky++) {
    let ty = i32(iy) + 1i - i32(ky);
    if (ty < 0 || ty % 1i != 0 || ty / 1i >= 28i) { continue; }
    let oy = u32(ty / 1i);
    for (var kx = 0u; kx < 3u; kx++) {
      let tx = i32(ix) + 1i - i32(kx);
      if (tx < 0 || tx % 1i != 0 || tx / 1i >= 28i) { continue; }
      let ox = u32(tx / 1i);
      acc += in0[(n * 784u + oy * 28u + ox) * 144u + (c * 3u + ky) * 3u + kx];
    }
  }
  out[i] = acc;
}

// ---- k113_fused_step_mul: %121 = mul(%14, %119)
// step → mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 16u * 28u * 28u) { return; }
  let l0 = in0[i];
  let l1 = in1[i];
  let t0 = select(0.0, 1.0, l0 > 0.0);
  out[i] = (l1 * t0);
}

// ---- k114_reduce_sum: %122 = reduce_sum(%121)
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
  let live = o < 1u * 16u * 1u * 1u;
  var o_rest = min(o, 1u * 16u * 1u * 1u - 1u);
  let o3 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let o2 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let o1 = o_rest % 16u;
  o_rest = o_rest / 16u;
  let o0 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let base = o1 * 28u * 28u;
  var acc = 0.0;
  if (live) {
    for (var e = lane; e < params.n * 28u * 28u; e += 64u) {
      var rest = e;
      let r3 = rest % 28u;
      rest = rest / 28u;
      let r2 = rest % 28u;
      rest = rest / 28u;
      let r0 = rest % params.n;
      rest = rest / params.n;
      let v = in0[base + r0 * 28u * 28u * 16u + r2 * 28u + r3 * 1u];
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

// ---- k115_reshape: %123 = reshape(%122)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 16u * 1u * 1u) { return; }
  out[i] = in0[i];
}

// ---- k116_reshape: %124 = reshape(%123)
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

// ---- k117_reshape: %125 = reshape(%121)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 16u * 784u) { return; }
  out[i] = in0[i];
}

// ---- k118_transpose: %126 = transpose(%125)
// transpose
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 784u * 16u) { return; }
  var o_rest = i;
  let o2 = o_rest % 16u;
  o_rest = o_rest / 16u;
  let o1 = o_rest % 784u;
  o_rest = o_rest / 784u;
  let o0 = o_rest % params.n;
  o_rest = o_rest / params.n;
  out[i] = in0[o0 * 784u * 16u + o1 * 1u + o2 * 784u];
}

// ---- k119_matmul: %127 = matmul(%126, %9)
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
  let rows = (params.n * 784u * 144u) / 144u;
  let inner = 16u;
  let group = i / 64u;
  let lane = i % 64u;
  let tr = (group / 5u) * 32u;
  let tc = (group % 5u) * 32u;
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
      let bp = p0 + e / 32u;
      let bc = tc + e % 32u;
      tileB[(e / 32u) * 32u + e % 32u] = select(0.0, in1[(min(bp, inner - 1u)) * 144u + min(bc, 143u)], bp < inner && bc < 144u);
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
  if (r0 + 0u < rows && c0 + 0u < 144u) { out[(r0 + 0u) * 144u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 144u) { out[(r0 + 0u) * 144u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 144u) { out[(r0 + 0u) * 144u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 144u) { out[(r0 + 0u) * 144u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 144u) { out[(r0 + 1u) * 144u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 144u) { out[(r0 + 1u) * 144u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 144u) { out[(r0 + 1u) * 144u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 144u) { out[(r0 + 1u) * 144u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 144u) { out[(r0 + 2u) * 144u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 144u) { out[(r0 + 2u) * 144u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 144u) { out[(r0 + 2u) * 144u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 144u) { out[(r0 + 2u) * 144u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 144u) { out[(r0 + 3u) * 144u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 144u) { out[(r0 + 3u) * 144u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 144u) { out[(r0 + 3u) * 144u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 144u) { out[(r0 + 3u) * 144u + c0 + 3u] = acc3[3]; }
}

// ---- k120_matmul: %128 = matmul(%126, %8)
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
  let inner = params.n * 784u;
  let group = i / 64u;
  let lane = i % 64u;
  let tr = (group / 5u) * 32u;
  let tc = (group % 5u) * 32u;
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
      tileB[(e / 32u) * 32u + e % 32u] = select(0.0, in1[(min(bp, inner - 1u)) * 144u + min(bc, 143u)], bp < inner && bc < 144u);
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
  if (r0 + 0u < rows && c0 + 0u < 144u) { out[(r0 + 0u) * 144u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 144u) { out[(r0 + 0u) * 144u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 144u) { out[(r0 + 0u) * 144u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 144u) { out[(r0 + 0u) * 144u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 144u) { out[(r0 + 1u) * 144u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 144u) { out[(r0 + 1u) * 144u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 144u) { out[(r0 + 1u) * 144u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 144u) { out[(r0 + 1u) * 144u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 144u) { out[(r0 + 2u) * 144u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 144u) { out[(r0 + 2u) * 144u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 144u) { out[(r0 + 2u) * 144u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 144u) { out[(r0 + 2u) * 144u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 144u) { out[(r0 + 3u) * 144u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 144u) { out[(r0 + 3u) * 144u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 144u) { out[(r0 + 3u) * 144u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 144u) { out[(r0 + 3u) * 144u + c0 + 3u] = acc3[3]; }
}

// ---- k121_reshape: %129 = reshape(%128)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 16u * 16u * 3u * 3u) { return; }
  out[i] = in0[i];
}

// ---- k122_col2im: %130 = col2im(%127)
// col2im
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 16u * 28u * 28u) { return; }
  let ix = i % 28u;
  let iy = (i / 28u) % 28u;
  let c = (i / 784u) % 16u;
  let n = i / 12544u;
  var acc = 0.0;
  for (var ky = 0u; ky < 3u; ky++) {
    let ty = i32(iy) + 1i - i32(ky);
    if (ty < 0 || ty % 1i != 0 || ty / 1i >= 28i) { continue; }
    let oy = u32(ty / 1i);
    for (var kx = 0u; kx < 3u; kx++) {
      let tx = i32(ix) + 1i - i32(kx);
      if (tx < 0 || tx % 1i != 0 || tx / 1i >= 28i) { continue; }
      let ox = u32(tx / 1i);
      acc += in0[(n * 784u + oy * 28u + ox) * 144u + (c * 3u + ky) * 3u + kx];
    }
  }
  out[i] = acc;
}

// ---- k123_fused_add_step_mul: %133 = mul(%110, %130, %6)
// add → step → mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read> in2: array<f32>;
@group(0) @binding(4) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 16u * 28u * 28u) { return; }
  let l0 = in0[i];
  let l1 = in1[i];
  let l2 = in2[i];
  let t0 = (l0 + l1);
  let t1 = select(0.0, 1.0, l2 > 0.0);
  out[i] = (t0 * t1);
}

// ---- k124_reduce_sum: %134 = reduce_sum(%133)
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
  let live = o < 1u * 16u * 1u * 1u;
  var o_rest = min(o, 1u * 16u * 1u * 1u - 1u);
  let o3 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let o2 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let o1 = o_rest % 16u;
  o_rest = o_rest / 16u;
  let o0 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let base = o1 * 28u * 28u;
  var acc = 0.0;
  if (live) {
    for (var e = lane; e < params.n * 28u * 28u; e += 64u) {
      var rest = e;
      let r3 = rest % 28u;
      rest = rest / 28u;
      let r2 = rest % 28u;
      rest = rest / 28u;
      let r0 = rest % params.n;
      rest = rest / params.n;
      let v = in0[base + r0 * 28u * 28u * 16u + r2 * 28u + r3 * 1u];
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

// ---- k125_reshape: %135 = reshape(%134)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 16u * 1u * 1u) { return; }
  out[i] = in0[i];
}

// ---- k126_reshape: %136 = reshape(%135)
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

// ---- k127_reshape: %137 = reshape(%133)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 16u * 784u) { return; }
  out[i] = in0[i];
}

// ---- k128_transpose: %138 = transpose(%137)
// transpose
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 784u * 16u) { return; }
  var o_rest = i;
  let o2 = o_rest % 16u;
  o_rest = o_rest / 16u;
  let o1 = o_rest % 784u;
  o_rest = o_rest / 784u;
  let o0 = o_rest % params.n;
  o_rest = o_rest / params.n;
  out[i] = in0[o0 * 784u * 16u + o1 * 1u + o2 * 784u];
}

// ---- k129_matmul: %139 = matmul(%138, %0)
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
  let inner = params.n * 784u;
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
      tileA[(e / 32u) * 32u + e % 32u] = select(0.0, in0[(min(ap, inner - 1u)) * 16u + min(ar, rows - 1u)], ar < rows && ap < inner);
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

// ---- k130_reshape: %140 = reshape(%139)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 16u * 1u * 3u * 3u) { return; }
  out[i] = in0[i];
}

// ---- k131_constant: %141 = constant()
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

// ---- k132_constant: %143 = constant()
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

// ---- k133_fused_mul_mul_add: %145 = add(%141, %exp_avg.conv2d1.weight, %143, %140)
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
  if (i >= 16u * 1u * 3u * 3u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[0u];
  let l3 = in3[i];
  let t0 = (l0 * l1);
  let t1 = (l2 * l3);
  out[i] = (t0 + t1);
}

// ---- k134_constant: %146 = constant()
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

// ---- k135_constant: %148 = constant()
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

// ---- k136_fused_mul_mul_mul_add: %151 = add(%146, %exp_avg_sq.conv2d1.weight, %140, %148)
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
  if (i >= 16u * 1u * 3u * 3u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let l3 = in3[0u];
  let t0 = (l0 * l1);
  let t1 = (l2 * l2);
  let t2 = (l3 * t1);
  out[i] = (t0 + t2);
}

// ---- k137_fused_pow_sub_sqrt: %157 = sqrt(%146, %t, %66)
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

// ---- k138_constant: %159 = constant()
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

// ---- k139_fused_pow_sub_div: %161 = div(%141, %t, %66, %lr)
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

// ---- k140_fused_sqrt_div_add_div_mul_sub: %164 = sub(%151, %157, %159, %145, %161, %conv2d1.weight)
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
  if (i >= 16u * 1u * 3u * 3u) { return; }
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

// ---- k141_fused_mul_mul_add: %167 = add(%141, %exp_avg.conv2d1.bias, %143, %136)
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

// ---- k142_fused_mul_mul_mul_add: %171 = add(%146, %exp_avg_sq.conv2d1.bias, %136, %148)
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

// ---- k143_fused_sqrt_div_add_div_mul_sub: %177 = sub(%171, %157, %159, %167, %161, %conv2d1.bias)
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

// ---- k144_fused_mul_mul_add: %180 = add(%141, %exp_avg.residual1.conv2d1.weight, %143, %129)
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
  if (i >= 16u * 16u * 3u * 3u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[0u];
  let l3 = in3[i];
  let t0 = (l0 * l1);
  let t1 = (l2 * l3);
  out[i] = (t0 + t1);
}

// ---- k145_fused_mul_mul_mul_add: %184 = add(%146, %exp_avg_sq.residual1.conv2d1.weight, %129, %148)
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
  if (i >= 16u * 16u * 3u * 3u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let l3 = in3[0u];
  let t0 = (l0 * l1);
  let t1 = (l2 * l2);
  let t2 = (l3 * t1);
  out[i] = (t0 + t2);
}

// ---- k146_fused_sqrt_div_add_div_mul_sub: %190 = sub(%184, %157, %159, %180, %161, %residual1.conv2d1.weight)
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
  if (i >= 16u * 16u * 3u * 3u) { return; }
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

// ---- k147_fused_mul_mul_add: %193 = add(%141, %exp_avg.residual1.conv2d1.bias, %143, %124)
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

// ---- k148_fused_mul_mul_mul_add: %197 = add(%146, %exp_avg_sq.residual1.conv2d1.bias, %124, %148)
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

// ---- k149_fused_sqrt_div_add_div_mul_sub: %203 = sub(%197, %157, %159, %193, %161, %residual1.conv2d1.bias)
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

// ---- k150_fused_mul_mul_add: %206 = add(%141, %exp_avg.residual1.conv2d2.weight, %143, %118)
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
  if (i >= 16u * 16u * 3u * 3u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[0u];
  let l3 = in3[i];
  let t0 = (l0 * l1);
  let t1 = (l2 * l3);
  out[i] = (t0 + t1);
}

// ---- k151_fused_mul_mul_mul_add: %210 = add(%146, %exp_avg_sq.residual1.conv2d2.weight, %118, %148)
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
  if (i >= 16u * 16u * 3u * 3u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let l3 = in3[0u];
  let t0 = (l0 * l1);
  let t1 = (l2 * l2);
  let t2 = (l3 * t1);
  out[i] = (t0 + t2);
}

// ---- k152_fused_sqrt_div_add_div_mul_sub: %216 = sub(%210, %157, %159, %206, %161, %residual1.conv2d2.weight)
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
  if (i >= 16u * 16u * 3u * 3u) { return; }
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

// ---- k153_fused_mul_mul_add: %219 = add(%141, %exp_avg.residual1.conv2d2.bias, %143, %113)
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

// ---- k154_fused_mul_mul_mul_add: %223 = add(%146, %exp_avg_sq.residual1.conv2d2.bias, %113, %148)
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

// ---- k155_fused_sqrt_div_add_div_mul_sub: %229 = sub(%223, %157, %159, %219, %161, %residual1.conv2d2.bias)
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

// ---- k156_fused_mul_mul_add: %232 = add(%141, %exp_avg.residual2.conv2d1.weight, %143, %105)
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
  if (i >= 16u * 16u * 3u * 3u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[0u];
  let l3 = in3[i];
  let t0 = (l0 * l1);
  let t1 = (l2 * l3);
  out[i] = (t0 + t1);
}

// ---- k157_fused_mul_mul_mul_add: %236 = add(%146, %exp_avg_sq.residual2.conv2d1.weight, %105, %148)
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
  if (i >= 16u * 16u * 3u * 3u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let l3 = in3[0u];
  let t0 = (l0 * l1);
  let t1 = (l2 * l2);
  let t2 = (l3 * t1);
  out[i] = (t0 + t2);
}

// ---- k158_fused_sqrt_div_add_div_mul_sub: %242 = sub(%236, %157, %159, %232, %161, %residual2.conv2d1.weight)
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
  if (i >= 16u * 16u * 3u * 3u) { return; }
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

// ---- k159_fused_mul_mul_add: %245 = add(%141, %exp_avg.residual2.conv2d1.bias, %143, %100)
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

// ---- k160_fused_mul_mul_mul_add: %249 = add(%146, %exp_avg_sq.residual2.conv2d1.bias, %100, %148)
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

// ---- k161_fused_sqrt_div_add_div_mul_sub: %255 = sub(%249, %157, %159, %245, %161, %residual2.conv2d1.bias)
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

// ---- k162_fused_mul_mul_add: %258 = add(%141, %exp_avg.residual2.conv2d2.weight, %143, %94)
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
  if (i >= 16u * 16u * 3u * 3u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[0u];
  let l3 = in3[i];
  let t0 = (l0 * l1);
  let t1 = (l2 * l3);
  out[i] = (t0 + t1);
}

// ---- k163_fused_mul_mul_mul_add: %262 = add(%146, %exp_avg_sq.residual2.conv2d2.weight, %94, %148)
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
  if (i >= 16u * 16u * 3u * 3u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let l3 = in3[0u];
  let t0 = (l0 * l1);
  let t1 = (l2 * l2);
  let t2 = (l3 * t1);
  out[i] = (t0 + t2);
}

// ---- k164_fused_sqrt_div_add_div_mul_sub: %268 = sub(%262, %157, %159, %258, %161, %residual2.conv2d2.weight)
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
  if (i >= 16u * 16u * 3u * 3u) { return; }
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

// ---- k165_fused_mul_mul_add: %271 = add(%141, %exp_avg.residual2.conv2d2.bias, %143, %89)
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

// ---- k166_fused_mul_mul_mul_add: %275 = add(%146, %exp_avg_sq.residual2.conv2d2.bias, %89, %148)
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

// ---- k167_fused_sqrt_div_add_div_mul_sub: %281 = sub(%275, %157, %159, %271, %161, %residual2.conv2d2.bias)
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

// ---- k168_fused_mul_mul_add: %284 = add(%141, %exp_avg.linear1.weight, %143, %82)
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
  if (i >= 10u * 784u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[0u];
  let l3 = in3[i];
  let t0 = (l0 * l1);
  let t1 = (l2 * l3);
  out[i] = (t0 + t1);
}

// ---- k169_fused_mul_mul_mul_add: %288 = add(%146, %exp_avg_sq.linear1.weight, %82, %148)
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
  if (i >= 10u * 784u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let l3 = in3[0u];
  let t0 = (l0 * l1);
  let t1 = (l2 * l2);
  let t2 = (l3 * t1);
  out[i] = (t0 + t2);
}

// ---- k170_fused_sqrt_div_add_div_mul_sub: %294 = sub(%288, %157, %159, %284, %161, %linear1.weight)
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
  if (i >= 10u * 784u) { return; }
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

// ---- k171_fused_mul_mul_add: %297 = add(%141, %exp_avg.linear1.bias, %143, %80)
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

// ---- k172_fused_mul_mul_mul_add: %301 = add(%146, %exp_avg_sq.linear1.bias, %80, %148)
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

// ---- k173_fused_sqrt_div_add_div_mul_sub: %307 = sub(%301, %157, %159, %297, %161, %linear1.bias)
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
