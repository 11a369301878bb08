// AlexNet.train: 204 kernels for a hardware adapter, dispatched in this order into one command buffer
//   %0 = im2col(%image); one invocation per element of f32[N,3025,363]
//   %1 = reshape(%conv2d1.weight); one invocation per element of f32[96,363]
//   %2 = matmul(%0, %1); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[N,3025,96]
//   %3 = transpose(%2); one invocation per element of f32[N,96,3025]
//   %4 = reshape(%3); one invocation per element of f32[N,96,55,55]
//   %5 = reshape(%conv2d1.bias); one invocation per element of f32[96,1,1]
//   %6 = add(%4, %5); one invocation per element of f32[N,96,55,55]
//   %7 = relu(%6); one invocation per element of f32[N,96,55,55]
//   %8 = maxpool(%7); one invocation per element of f32[N,96,27,27]
//   %9 = im2col(%8); one invocation per element of f32[N,729,2400]
//   %10 = reshape(%conv2d2.weight); one invocation per element of f32[256,2400]
//   %11 = matmul(%9, %10); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[N,729,256]
//   %12 = transpose(%11); one invocation per element of f32[N,256,729]
//   %13 = reshape(%12); one invocation per element of f32[N,256,27,27]
//   %14 = reshape(%conv2d2.bias); one invocation per element of f32[256,1,1]
//   %15 = add(%13, %14); one invocation per element of f32[N,256,27,27]
//   %16 = relu(%15); one invocation per element of f32[N,256,27,27]
//   %17 = maxpool(%16); one invocation per element of f32[N,256,13,13]
//   %18 = im2col(%17); one invocation per element of f32[N,169,2304]
//   %19 = reshape(%conv2d3.weight); one invocation per element of f32[384,2304]
//   %20 = matmul(%18, %19); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[N,169,384]
//   %21 = transpose(%20); one invocation per element of f32[N,384,169]
//   %22 = reshape(%21); one invocation per element of f32[N,384,13,13]
//   %23 = reshape(%conv2d3.bias); one invocation per element of f32[384,1,1]
//   %24 = add(%22, %23); one invocation per element of f32[N,384,13,13]
//   %25 = relu(%24); one invocation per element of f32[N,384,13,13]
//   %26 = im2col(%25); one invocation per element of f32[N,169,3456]
//   %27 = reshape(%conv2d4.weight); one invocation per element of f32[384,3456]
//   %28 = matmul(%26, %27); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[N,169,384]
//   %29 = transpose(%28); one invocation per element of f32[N,384,169]
//   %30 = reshape(%29); one invocation per element of f32[N,384,13,13]
//   %31 = reshape(%conv2d4.bias); one invocation per element of f32[384,1,1]
//   %32 = add(%30, %31); one invocation per element of f32[N,384,13,13]
//   %33 = relu(%32); one invocation per element of f32[N,384,13,13]
//   %34 = im2col(%33); one invocation per element of f32[N,169,3456]
//   %35 = reshape(%conv2d5.weight); one invocation per element of f32[256,3456]
//   %36 = matmul(%34, %35); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[N,169,256]
//   %37 = transpose(%36); one invocation per element of f32[N,256,169]
//   %38 = reshape(%37); one invocation per element of f32[N,256,13,13]
//   %39 = reshape(%conv2d5.bias); one invocation per element of f32[256,1,1]
//   %40 = add(%38, %39); one invocation per element of f32[N,256,13,13]
//   %41 = relu(%40); one invocation per element of f32[N,256,13,13]
//   %42 = maxpool(%41); one invocation per element of f32[N,256,6,6]
//   %43 = reshape(%42); one invocation per element of f32[N,9216]
//   %44 = dropout_mask(%seed); one invocation per element of f32[N,9216]
//   %45 = mul(%43, %44); one invocation per element of f32[N,9216]
//   %46 = matmul(%45, %linear1.weight); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[N,4096]
//   %47 = add(%46, %linear1.bias); one invocation per element of f32[N,4096]
//   %49 = dropout_mask(%seed); one invocation per element of f32[N,4096]
//   %50 = relu → mul(%47, %49); one invocation per element of f32[N,4096]
//   %51 = matmul(%50, %linear2.weight); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[N,4096]
//   %52 = add(%51, %linear2.bias); one invocation per element of f32[N,4096]
//   %53 = relu(%52); one invocation per element of f32[N,4096]
//   %54 = matmul(%53, %linear3.weight); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[N,1000]
//   %55 = add(%54, %linear3.bias); one invocation per element of f32[N,1000]
//   %56 = reduce_max(%55); a workgroup of 64 per element of f32[N,1]
//   %57 = stop_gradient(%56); one invocation per element of f32[N,1]
//   %58 = sub(%55, %57); one invocation per element of f32[N,1000]
//   %59 = exp(%58); one invocation per element of f32[N,1000]
//   %60 = reduce_sum(%59); a workgroup of 64 per element of f32[N,1]
//   %61 = log(%60); one invocation per element of f32[N,1]
//   %62 = one_hot(%label); one invocation per element of f32[N,1000]
//   %63 = reshape(%61); one invocation per element of f32[N]
//   %64 = mul(%58, %62); one invocation per element of f32[N,1000]
//   %65 = reduce_sum(%64); a workgroup of 64 per element of f32[N]
//   %66 = sub(%63, %65); one invocation per element of f32[N]
//   %67 = reduce_sum(%66); a workgroup of 64 per element of f32[]
//   %68 = batch_size(); one invocation per element of f32[]
//   %69 = div(%67, %68); one invocation per element of f32[]
//   %70 = constant(); one invocation per element of f32[]
//   %71 = argmax(%55); a workgroup of 64 per row of i32[N]
//   %72 = cast(%71); one invocation per element of f32[N]
//   %73 = cast(%label); one invocation per element of f32[N]
//   %74 = equal(%72, %73); one invocation per element of f32[N]
//   %75 = reduce_sum(%74); a workgroup of 64 per element of f32[]
//   %76 = constant(); one invocation per element of f32[]
//   %77 = reshape(%70); one invocation per element of f32[1,1]
//   %78 = broadcast(%77); one invocation per element of f32[1000,4096]
//   %79 = mul(%78, %linear3.weight); one invocation per element of f32[1000,4096]
//   %81 = broadcast(%77); one invocation per element of f32[4096,4096]
//   %82 = mul(%81, %linear2.weight); one invocation per element of f32[4096,4096]
//   %84 = broadcast(%77); one invocation per element of f32[4096,9216]
//   %85 = mul(%84, %linear1.weight); one invocation per element of f32[4096,9216]
//   %87 = reshape(%70); one invocation per element of f32[1,1,1,1]
//   %88 = broadcast(%87); one invocation per element of f32[256,384,3,3]
//   %89 = mul(%88, %conv2d5.weight); one invocation per element of f32[256,384,3,3]
//   %91 = broadcast(%87); one invocation per element of f32[384,384,3,3]
//   %92 = mul(%91, %conv2d4.weight); one invocation per element of f32[384,384,3,3]
//   %94 = broadcast(%87); one invocation per element of f32[384,256,3,3]
//   %95 = mul(%94, %conv2d3.weight); one invocation per element of f32[384,256,3,3]
//   %97 = broadcast(%87); one invocation per element of f32[256,96,5,5]
//   %98 = mul(%97, %conv2d2.weight); one invocation per element of f32[256,96,5,5]
//   %100 = broadcast(%87); one invocation per element of f32[96,3,11,11]
//   %101 = mul(%100, %conv2d1.weight); one invocation per element of f32[96,3,11,11]
//   %103 = div(%76, %68); one invocation per element of f32[]
//   %104 = reshape(%103); one invocation per element of f32[1]
//   %105 = broadcast(%104); one invocation per element of f32[N]
//   %106 = neg(%105); one invocation per element of f32[N]
//   %107 = reshape(%106); one invocation per element of f32[N,1]
//   %108 = broadcast(%107); one invocation per element of f32[N,1000]
//   %110 = reshape(%105); one invocation per element of f32[N,1]
//   %111 = div(%110, %60); one invocation per element of f32[N,1]
//   %112 = broadcast(%111); one invocation per element of f32[N,1000]
//   %114 = mul → mul → add(%108, %62, %112, %59); one invocation per element of f32[N,1000]
//   %115 = reduce_sum(%114); a workgroup of 64 per element of f32[1,1000]
//   %116 = reshape(%115); one invocation per element of f32[1000]
//   %117 = matmul(%114, %linear3.weight); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[N,4096]
//   %118 = matmul(%114, %53); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[1000,4096]
//   %121 = step → mul(%52, %117); one invocation per element of f32[N,4096]
//   %122 = reduce_sum(%121); a workgroup of 64 per element of f32[1,4096]
//   %123 = reshape(%122); one invocation per element of f32[4096]
//   %124 = matmul(%121, %linear2.weight); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[N,4096]
//   %125 = matmul(%121, %50); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[4096,4096]
//   %129 = mul → step → mul(%124, %49, %47); one invocation per element of f32[N,4096]
//   %130 = reduce_sum(%129); a workgroup of 64 per element of f32[1,4096]
//   %131 = reshape(%130); one invocation per element of f32[4096]
//   %132 = matmul(%129, %linear1.weight); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[N,9216]
//   %133 = matmul(%129, %45); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[4096,9216]
//   %135 = mul(%132, %44); one invocation per element of f32[N,9216]
//   %136 = reshape(%135); one invocation per element of f32[N,256,6,6]
//   %137 = maxpool_backward(%41, %136); one invocation per element of f32[N,256,13,13]
//   %139 = step → mul(%40, %137); one invocation per element of f32[N,256,13,13]
//   %140 = reduce_sum(%139); a workgroup of 64 per element of f32[1,256,1,1]
//   %141 = reshape(%140); one invocation per element of f32[256,1,1]
//   %142 = reshape(%141); one invocation per element of f32[256]
//   %143 = reshape(%139); one invocation per element of f32[N,256,169]
//   %144 = transpose(%143); one invocation per element of f32[N,169,256]
//   %145 = matmul(%144, %35); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[N,169,3456]
//   %146 = matmul(%144, %34); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[256,3456]
//   %147 = reshape(%146); one invocation per element of f32[256,384,3,3]
//   %149 = col2im(%145); one invocation per element of f32[N,384,13,13]
//   %151 = step → mul(%32, %149); one invocation per element of f32[N,384,13,13]
//   %152 = reduce_sum(%151); a workgroup of 64 per element of f32[1,384,1,1]
//   %153 = reshape(%152); one invocation per element of f32[384,1,1]
//   %154 = reshape(%153); one invocation per element of f32[384]
//   %155 = reshape(%151); one invocation per element of f32[N,384,169]
//   %156 = transpose(%155); one invocation per element of f32[N,169,384]
//   %157 = matmul(%156, %27); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[N,169,3456]
//   %158 = matmul(%156, %26); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[384,3456]
//   %159 = reshape(%158); one invocation per element of f32[384,384,3,3]
//   %161 = col2im(%157); one invocation per element of f32[N,384,13,13]
//   %163 = step → mul(%24, %161); one invocation per element of f32[N,384,13,13]
//   %164 = reduce_sum(%163); a workgroup of 64 per element of f32[1,384,1,1]
//   %165 = reshape(%164); one invocation per element of f32[384,1,1]
//   %166 = reshape(%165); one invocation per element of f32[384]
//   %167 = reshape(%163); one invocation per element of f32[N,384,169]
//   %168 = transpose(%167); one invocation per element of f32[N,169,384]
//   %169 = matmul(%168, %19); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[N,169,2304]
//   %170 = matmul(%168, %18); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[384,2304]
//   %171 = reshape(%170); one invocation per element of f32[384,256,3,3]
//   %173 = col2im(%169); one invocation per element of f32[N,256,13,13]
//   %174 = maxpool_backward(%16, %173); one invocation per element of f32[N,256,27,27]
//   %176 = step → mul(%15, %174); one invocation per element of f32[N,256,27,27]
//   %177 = reduce_sum(%176); a workgroup of 64 per element of f32[1,256,1,1]
//   %178 = reshape(%177); one invocation per element of f32[256,1,1]
//   %179 = reshape(%178); one invocation per element of f32[256]
//   %180 = reshape(%176); one invocation per element of f32[N,256,729]
//   %181 = transpose(%180); one invocation per element of f32[N,729,256]
//   %182 = matmul(%181, %10); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[N,729,2400]
//   %183 = matmul(%181, %9); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[256,2400]
//   %184 = reshape(%183); one invocation per element of f32[256,96,5,5]
//   %186 = col2im(%182); one invocation per element of f32[N,96,27,27]
//   %187 = maxpool_backward(%7, %186); one invocation per element of f32[N,96,55,55]
//   %189 = step → mul(%6, %187); one invocation per element of f32[N,96,55,55]
//   %190 = reduce_sum(%189); a workgroup of 64 per element of f32[1,96,1,1]
//   %191 = reshape(%190); one invocation per element of f32[96,1,1]
//   %192 = reshape(%191); one invocation per element of f32[96]
//   %193 = reshape(%189); one invocation per element of f32[N,96,3025]
//   %194 = transpose(%193); one invocation per element of f32[N,3025,96]
//   %195 = matmul(%194, %0); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[96,363]
//   %196 = reshape(%195); one invocation per element of f32[96,3,11,11]
//   %198 = constant(); one invocation per element of f32[]
//   %200 = add → add → mul → add(%101, %196, %198, %momentum_buffer.conv2d1.weight); one invocation per element of f32[96,3,11,11]
//   %202 = mul → sub(%lr, %200, %conv2d1.weight); one invocation per element of f32[96,3,11,11]
//   %204 = mul → add(%198, %momentum_buffer.conv2d1.bias, %192); one invocation per element of f32[96]
//   %206 = mul → sub(%lr, %204, %conv2d1.bias); one invocation per element of f32[96]
//   %208 = add → add → mul → add(%98, %184, %198, %momentum_buffer.conv2d2.weight); one invocation per element of f32[256,96,5,5]
//   %210 = mul → sub(%lr, %208, %conv2d2.weight); one invocation per element of f32[256,96,5,5]
//   %212 = mul → add(%198, %momentum_buffer.conv2d2.bias, %179); one invocation per element of f32[256]
//   %214 = mul → sub(%lr, %212, %conv2d2.bias); one invocation per element of f32[256]
//   %216 = add → add → mul → add(%95, %171, %198, %momentum_buffer.conv2d3.weight); one invocation per element of f32[384,256,3,3]
//   %218 = mul → sub(%lr, %216, %conv2d3.weight); one invocation per element of f32[384,256,3,3]
//   %220 = mul → add(%198, %momentum_buffer.conv2d3.bias, %166); one invocation per element of f32[384]
//   %222 = mul → sub(%lr, %220, %conv2d3.bias); one invocation per element of f32[384]
//   %224 = add → add → mul → add(%92, %159, %198, %momentum_buffer.conv2d4.weight); one invocation per element of f32[384,384,3,3]
//   %226 = mul → sub(%lr, %224, %conv2d4.weight); one invocation per element of f32[384,384,3,3]
//   %228 = mul → add(%198, %momentum_buffer.conv2d4.bias, %154); one invocation per element of f32[384]
//   %230 = mul → sub(%lr, %228, %conv2d4.bias); one invocation per element of f32[384]
//   %232 = add → add → mul → add(%89, %147, %198, %momentum_buffer.conv2d5.weight); one invocation per element of f32[256,384,3,3]
//   %234 = mul → sub(%lr, %232, %conv2d5.weight); one invocation per element of f32[256,384,3,3]
//   %236 = mul → add(%198, %momentum_buffer.conv2d5.bias, %142); one invocation per element of f32[256]
//   %238 = mul → sub(%lr, %236, %conv2d5.bias); one invocation per element of f32[256]
//   %240 = add → add → mul → add(%85, %133, %198, %momentum_buffer.linear1.weight); one invocation per element of f32[4096,9216]
//   %242 = mul → sub(%lr, %240, %linear1.weight); one invocation per element of f32[4096,9216]
//   %244 = mul → add(%198, %momentum_buffer.linear1.bias, %131); one invocation per element of f32[4096]
//   %246 = mul → sub(%lr, %244, %linear1.bias); one invocation per element of f32[4096]
//   %248 = add → add → mul → add(%82, %125, %198, %momentum_buffer.linear2.weight); one invocation per element of f32[4096,4096]
//   %250 = mul → sub(%lr, %248, %linear2.weight); one invocation per element of f32[4096,4096]
//   %252 = mul → add(%198, %momentum_buffer.linear2.bias, %123); one invocation per element of f32[4096]
//   %254 = mul → sub(%lr, %252, %linear2.bias); one invocation per element of f32[4096]
//   %256 = add → add → mul → add(%79, %118, %198, %momentum_buffer.linear3.weight); one invocation per element of f32[1000,4096]
//   %258 = mul → sub(%lr, %256, %linear3.weight); one invocation per element of f32[1000,4096]
//   %260 = mul → add(%198, %momentum_buffer.linear3.bias, %116); one invocation per element of f32[1000]
//   %262 = mul → sub(%lr, %260, %linear3.bias); one invocation per element of f32[1000]

// ---- k0_im2col: %0 = im2col(%image)
// im2col
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 3025u * 363u) { return; }
  let q = i % 363u;
  let p = (i / 363u) % 3025u;
  let n = i / 1098075u;
  let kx = q % 11u;
  let ky = (q / 11u) % 11u;
  let c = q / 121u;
  let iy = i32((p / 55u) * 4u + ky) - 0i;
  let ix = i32((p % 55u) * 4u + kx) - 0i;
  let inside = iy >= 0 && iy < 227i && ix >= 0 && ix < 227i;
  let at = ((n * 3u + c) * 227u + u32(clamp(iy, 0i, 226i))) * 227u + u32(clamp(ix, 0i, 226i));
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
  if (i >= 96u * 363u) { return; }
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
  let rows = (params.n * 3025u * 96u) / 96u;
  let inner = 363u;
  let group = i / 64u;
  let lane = i % 64u;
  let tr = (group / 3u) * 32u;
  let tc = (group % 3u) * 32u;
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
      tileA[(e % 16u) * 32u + e / 16u] = select(0.0, in0[(min(ar, rows - 1u)) * 363u + min(ap, inner - 1u)], ar < rows && ap < inner);
      let bp = p0 + e % 16u;
      let bc = tc + e / 16u;
      tileB[(e % 16u) * 32u + e / 16u] = select(0.0, in1[(min(bc, 95u)) * 363u + min(bp, inner - 1u)], bp < inner && bc < 96u);
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
  if (r0 + 0u < rows && c0 + 0u < 96u) { out[(r0 + 0u) * 96u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 96u) { out[(r0 + 0u) * 96u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 96u) { out[(r0 + 0u) * 96u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 96u) { out[(r0 + 0u) * 96u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 96u) { out[(r0 + 1u) * 96u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 96u) { out[(r0 + 1u) * 96u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 96u) { out[(r0 + 1u) * 96u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 96u) { out[(r0 + 1u) * 96u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 96u) { out[(r0 + 2u) * 96u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 96u) { out[(r0 + 2u) * 96u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 96u) { out[(r0 + 2u) * 96u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 96u) { out[(r0 + 2u) * 96u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 96u) { out[(r0 + 3u) * 96u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 96u) { out[(r0 + 3u) * 96u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 96u) { out[(r0 + 3u) * 96u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 96u) { out[(r0 + 3u) * 96u + c0 + 3u] = acc3[3]; }
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
  if (i >= params.n * 96u * 3025u) { return; }
  var o_rest = i;
  let o2 = o_rest % 3025u;
  o_rest = o_rest / 3025u;
  let o1 = o_rest % 96u;
  o_rest = o_rest / 96u;
  let o0 = o_rest % params.n;
  o_rest = o_rest / params.n;
  out[i] = in0[o0 * 96u * 3025u + o1 * 1u + o2 * 96u];
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
  if (i >= params.n * 96u * 55u * 55u) { return; }
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
  if (i >= 96u * 1u * 1u) { return; }
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
  if (i >= params.n * 96u * 55u * 55u) { return; }
  var o_rest = i;
  let o3 = o_rest % 55u;
  o_rest = o_rest / 55u;
  let o2 = o_rest % 55u;
  o_rest = o_rest / 55u;
  let o1 = o_rest % 96u;
  o_rest = o_rest / 96u;
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
  if (i >= params.n * 96u * 55u * 55u) { return; }
  let l0 = in0[i];
  out[i] = max(l0, 0.0);
}

// ---- k8_maxpool: %8 = maxpool(%7)
// maxpool
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 96u * 27u * 27u) { return; }
  let ox = i % 27u;
  let oy = (i / 27u) % 27u;
  let c = (i / 729u) % 96u;
  let n = i / 69984u;
  var best = 0u;
  var bestV = 0.0;
  var found = false;
  for (var ey = 0u; ey < 3u; ey++) {
    let py = i32(oy * 2u + ey) - 0i;
    if (py < 0 || py >= 55i) { continue; }
    for (var ex = 0u; ex < 3u; ex++) {
      let px = i32(ox * 2u + ex) - 0i;
      if (px < 0 || px >= 55i) { continue; }
      let at = ((n * 96u + c) * 55u + u32(py)) * 55u + u32(px);
      let v = in0[at];
      if (!found || v > bestV || (v != v && bestV == bestV)) { best = at; bestV = v; found = true; }
    }
  }
  out[i] = in0[best];
}

// ---- k9_im2col: %9 = im2col(%8)
// im2col
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 729u * 2400u) { return; }
  let q = i % 2400u;
  let p = (i / 2400u) % 729u;
  let n = i / 1749600u;
  let kx = q % 5u;
  let ky = (q / 5u) % 5u;
  let c = q / 25u;
  let iy = i32((p / 27u) * 1u + ky) - 2i;
  let ix = i32((p % 27u) * 1u + kx) - 2i;
  let inside = iy >= 0 && iy < 27i && ix >= 0 && ix < 27i;
  let at = ((n * 96u + c) * 27u + u32(clamp(iy, 0i, 26i))) * 27u + u32(clamp(ix, 0i, 26i));
  out[i] = select(0.0, in0[at], inside);
}

// ---- k10_reshape: %10 = reshape(%conv2d2.weight)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 256u * 2400u) { return; }
  out[i] = in0[i];
}

// ---- k11_matmul: %11 = matmul(%9, %10)
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
  let rows = (params.n * 729u * 256u) / 256u;
  let inner = 2400u;
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
      tileA[(e % 16u) * 32u + e / 16u] = select(0.0, in0[(min(ar, rows - 1u)) * 2400u + min(ap, inner - 1u)], ar < rows && ap < inner);
      let bp = p0 + e % 16u;
      let bc = tc + e / 16u;
      tileB[(e % 16u) * 32u + e / 16u] = select(0.0, in1[(min(bc, 255u)) * 2400u + min(bp, inner - 1u)], bp < inner && bc < 256u);
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

// ---- k12_transpose: %12 = transpose(%11)
// transpose
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 256u * 729u) { return; }
  var o_rest = i;
  let o2 = o_rest % 729u;
  o_rest = o_rest / 729u;
  let o1 = o_rest % 256u;
  o_rest = o_rest / 256u;
  let o0 = o_rest % params.n;
  o_rest = o_rest / params.n;
  out[i] = in0[o0 * 256u * 729u + o1 * 1u + o2 * 256u];
}

// ---- k13_reshape: %13 = reshape(%12)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 256u * 27u * 27u) { return; }
  out[i] = in0[i];
}

// ---- k14_reshape: %14 = reshape(%conv2d2.bias)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 256u * 1u * 1u) { return; }
  out[i] = in0[i];
}

// ---- k15_add: %15 = add(%13, %14)
// add
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 256u * 27u * 27u) { return; }
  var o_rest = i;
  let o3 = o_rest % 27u;
  o_rest = o_rest / 27u;
  let o2 = o_rest % 27u;
  o_rest = o_rest / 27u;
  let o1 = o_rest % 256u;
  o_rest = o_rest / 256u;
  let o0 = o_rest % params.n;
  o_rest = o_rest / params.n;
  let l0 = in0[i];
  let l1 = in1[o1 * 1u];
  out[i] = (l0 + l1);
}

// ---- k16_relu: %16 = relu(%15)
// relu
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 256u * 27u * 27u) { return; }
  let l0 = in0[i];
  out[i] = max(l0, 0.0);
}

// ---- k17_maxpool: %17 = maxpool(%16)
// maxpool
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 256u * 13u * 13u) { return; }
  let ox = i % 13u;
  let oy = (i / 13u) % 13u;
  let c = (i / 169u) % 256u;
  let n = i / 43264u;
  var best = 0u;
  var bestV = 0.0;
  var found = false;
  for (var ey = 0u; ey < 3u; ey++) {
    let py = i32(oy * 2u + ey) - 0i;
    if (py < 0 || py >= 27i) { continue; }
    for (var ex = 0u; ex < 3u; ex++) {
      let px = i32(ox * 2u + ex) - 0i;
      if (px < 0 || px >= 27i) { continue; }
      let at = ((n * 256u + c) * 27u + u32(py)) * 27u + u32(px);
      let v = in0[at];
      if (!found || v > bestV || (v != v && bestV == bestV)) { best = at; bestV = v; found = true; }
    }
  }
  out[i] = in0[best];
}

// ---- k18_im2col: %18 = im2col(%17)
// im2col
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 169u * 2304u) { return; }
  let q = i % 2304u;
  let p = (i / 2304u) % 169u;
  let n = i / 389376u;
  let kx = q % 3u;
  let ky = (q / 3u) % 3u;
  let c = q / 9u;
  let iy = i32((p / 13u) * 1u + ky) - 1i;
  let ix = i32((p % 13u) * 1u + kx) - 1i;
  let inside = iy >= 0 && iy < 13i && ix >= 0 && ix < 13i;
  let at = ((n * 256u + c) * 13u + u32(clamp(iy, 0i, 12i))) * 13u + u32(clamp(ix, 0i, 12i));
  out[i] = select(0.0, in0[at], inside);
}

// ---- k19_reshape: %19 = reshape(%conv2d3.weight)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 384u * 2304u) { return; }
  out[i] = in0[i];
}

// ---- k20_matmul: %20 = matmul(%18, %19)
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
  let rows = (params.n * 169u * 384u) / 384u;
  let inner = 2304u;
  let group = i / 64u;
  let lane = i % 64u;
  let tr = (group / 12u) * 32u;
  let tc = (group % 12u) * 32u;
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
      tileA[(e % 16u) * 32u + e / 16u] = select(0.0, in0[(min(ar, rows - 1u)) * 2304u + min(ap, inner - 1u)], ar < rows && ap < inner);
      let bp = p0 + e % 16u;
      let bc = tc + e / 16u;
      tileB[(e % 16u) * 32u + e / 16u] = select(0.0, in1[(min(bc, 383u)) * 2304u + min(bp, inner - 1u)], bp < inner && bc < 384u);
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
  if (r0 + 0u < rows && c0 + 0u < 384u) { out[(r0 + 0u) * 384u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 384u) { out[(r0 + 0u) * 384u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 384u) { out[(r0 + 0u) * 384u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 384u) { out[(r0 + 0u) * 384u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 384u) { out[(r0 + 1u) * 384u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 384u) { out[(r0 + 1u) * 384u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 384u) { out[(r0 + 1u) * 384u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 384u) { out[(r0 + 1u) * 384u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 384u) { out[(r0 + 2u) * 384u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 384u) { out[(r0 + 2u) * 384u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 384u) { out[(r0 + 2u) * 384u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 384u) { out[(r0 + 2u) * 384u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 384u) { out[(r0 + 3u) * 384u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 384u) { out[(r0 + 3u) * 384u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 384u) { out[(r0 + 3u) * 384u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 384u) { out[(r0 + 3u) * 384u + c0 + 3u] = acc3[3]; }
}

// ---- k21_transpose: %21 = transpose(%20)
// transpose
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 384u * 169u) { return; }
  var o_rest = i;
  let o2 = o_rest % 169u;
  o_rest = o_rest / 169u;
  let o1 = o_rest % 384u;
  o_rest = o_rest / 384u;
  let o0 = o_rest % params.n;
  o_rest = o_rest / params.n;
  out[i] = in0[o0 * 384u * 169u + o1 * 1u + o2 * 384u];
}

// ---- k22_reshape: %22 = reshape(%21)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 384u * 13u * 13u) { return; }
  out[i] = in0[i];
}

// ---- k23_reshape: %23 = reshape(%conv2d3.bias)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 384u * 1u * 1u) { return; }
  out[i] = in0[i];
}

// ---- k24_add: %24 = add(%22, %23)
// add
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 384u * 13u * 13u) { return; }
  var o_rest = i;
  let o3 = o_rest % 13u;
  o_rest = o_rest / 13u;
  let o2 = o_rest % 13u;
  o_rest = o_rest / 13u;
  let o1 = o_rest % 384u;
  o_rest = o_rest / 384u;
  let o0 = o_rest % params.n;
  o_rest = o_rest / params.n;
  let l0 = in0[i];
  let l1 = in1[o1 * 1u];
  out[i] = (l0 + l1);
}

// ---- k25_relu: %25 = relu(%24)
// relu
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 384u * 13u * 13u) { return; }
  let l0 = in0[i];
  out[i] = max(l0, 0.0);
}

// ---- k26_im2col: %26 = im2col(%25)
// im2col
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 169u * 3456u) { return; }
  let q = i % 3456u;
  let p = (i / 3456u) % 169u;
  let n = i / 584064u;
  let kx = q % 3u;
  let ky = (q / 3u) % 3u;
  let c = q / 9u;
  let iy = i32((p / 13u) * 1u + ky) - 1i;
  let ix = i32((p % 13u) * 1u + kx) - 1i;
  let inside = iy >= 0 && iy < 13i && ix >= 0 && ix < 13i;
  let at = ((n * 384u + c) * 13u + u32(clamp(iy, 0i, 12i))) * 13u + u32(clamp(ix, 0i, 12i));
  out[i] = select(0.0, in0[at], inside);
}

// ---- k27_reshape: %27 = reshape(%conv2d4.weight)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 384u * 3456u) { return; }
  out[i] = in0[i];
}

// ---- k28_matmul: %28 = matmul(%26, %27)
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
  let rows = (params.n * 169u * 384u) / 384u;
  let inner = 3456u;
  let group = i / 64u;
  let lane = i % 64u;
  let tr = (group / 12u) * 32u;
  let tc = (group % 12u) * 32u;
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
      tileA[(e % 16u) * 32u + e / 16u] = select(0.0, in0[(min(ar, rows - 1u)) * 3456u + min(ap, inner - 1u)], ar < rows && ap < inner);
      let bp = p0 + e % 16u;
      let bc = tc + e / 16u;
      tileB[(e % 16u) * 32u + e / 16u] = select(0.0, in1[(min(bc, 383u)) * 3456u + min(bp, inner - 1u)], bp < inner && bc < 384u);
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
  if (r0 + 0u < rows && c0 + 0u < 384u) { out[(r0 + 0u) * 384u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 384u) { out[(r0 + 0u) * 384u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 384u) { out[(r0 + 0u) * 384u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 384u) { out[(r0 + 0u) * 384u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 384u) { out[(r0 + 1u) * 384u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 384u) { out[(r0 + 1u) * 384u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 384u) { out[(r0 + 1u) * 384u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 384u) { out[(r0 + 1u) * 384u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 384u) { out[(r0 + 2u) * 384u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 384u) { out[(r0 + 2u) * 384u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 384u) { out[(r0 + 2u) * 384u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 384u) { out[(r0 + 2u) * 384u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 384u) { out[(r0 + 3u) * 384u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 384u) { out[(r0 + 3u) * 384u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 384u) { out[(r0 + 3u) * 384u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 384u) { out[(r0 + 3u) * 384u + c0 + 3u] = acc3[3]; }
}

// ---- k29_transpose: %29 = transpose(%28)
// transpose
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 384u * 169u) { return; }
  var o_rest = i;
  let o2 = o_rest % 169u;
  o_rest = o_rest / 169u;
  let o1 = o_rest % 384u;
  o_rest = o_rest / 384u;
  let o0 = o_rest % params.n;
  o_rest = o_rest / params.n;
  out[i] = in0[o0 * 384u * 169u + o1 * 1u + o2 * 384u];
}

// ---- k30_reshape: %30 = reshape(%29)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 384u * 13u * 13u) { return; }
  out[i] = in0[i];
}

// ---- k31_reshape: %31 = reshape(%conv2d4.bias)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 384u * 1u * 1u) { return; }
  out[i] = in0[i];
}

// ---- k32_add: %32 = add(%30, %31)
// add
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 384u * 13u * 13u) { return; }
  var o_rest = i;
  let o3 = o_rest % 13u;
  o_rest = o_rest / 13u;
  let o2 = o_rest % 13u;
  o_rest = o_rest / 13u;
  let o1 = o_rest % 384u;
  o_rest = o_rest / 384u;
  let o0 = o_rest % params.n;
  o_rest = o_rest / params.n;
  let l0 = in0[i];
  let l1 = in1[o1 * 1u];
  out[i] = (l0 + l1);
}

// ---- k33_relu: %33 = relu(%32)
// relu
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 384u * 13u * 13u) { return; }
  let l0 = in0[i];
  out[i] = max(l0, 0.0);
}

// ---- k34_im2col: %34 = im2col(%33)
// im2col
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 169u * 3456u) { return; }
  let q = i % 3456u;
  let p = (i / 3456u) % 169u;
  let n = i / 584064u;
  let kx = q % 3u;
  let ky = (q / 3u) % 3u;
  let c = q / 9u;
  let iy = i32((p / 13u) * 1u + ky) - 1i;
  let ix = i32((p % 13u) * 1u + kx) - 1i;
  let inside = iy >= 0 && iy < 13i && ix >= 0 && ix < 13i;
  let at = ((n * 384u + c) * 13u + u32(clamp(iy, 0i, 12i))) * 13u + u32(clamp(ix, 0i, 12i));
  out[i] = select(0.0, in0[at], inside);
}

// ---- k35_reshape: %35 = reshape(%conv2d5.weight)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 256u * 3456u) { return; }
  out[i] = in0[i];
}

// ---- k36_matmul: %36 = matmul(%34, %35)
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
  let rows = (params.n * 169u * 256u) / 256u;
  let inner = 3456u;
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
      tileA[(e % 16u) * 32u + e / 16u] = select(0.0, in0[(min(ar, rows - 1u)) * 3456u + min(ap, inner - 1u)], ar < rows && ap < inner);
      let bp = p0 + e % 16u;
      let bc = tc + e / 16u;
      tileB[(e % 16u) * 32u + e / 16u] = select(0.0, in1[(min(bc, 255u)) * 3456u + min(bp, inner - 1u)], bp < inner && bc < 256u);
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

// ---- k37_transpose: %37 = transpose(%36)
// transpose
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 256u * 169u) { return; }
  var o_rest = i;
  let o2 = o_rest % 169u;
  o_rest = o_rest / 169u;
  let o1 = o_rest % 256u;
  o_rest = o_rest / 256u;
  let o0 = o_rest % params.n;
  o_rest = o_rest / params.n;
  out[i] = in0[o0 * 256u * 169u + o1 * 1u + o2 * 256u];
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
  if (i >= params.n * 256u * 13u * 13u) { return; }
  out[i] = in0[i];
}

// ---- k39_reshape: %39 = reshape(%conv2d5.bias)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 256u * 1u * 1u) { return; }
  out[i] = in0[i];
}

// ---- k40_add: %40 = add(%38, %39)
// add
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 256u * 13u * 13u) { return; }
  var o_rest = i;
  let o3 = o_rest % 13u;
  o_rest = o_rest / 13u;
  let o2 = o_rest % 13u;
  o_rest = o_rest / 13u;
  let o1 = o_rest % 256u;
  o_rest = o_rest / 256u;
  let o0 = o_rest % params.n;
  o_rest = o_rest / params.n;
  let l0 = in0[i];
  let l1 = in1[o1 * 1u];
  out[i] = (l0 + l1);
}

// ---- k41_relu: %41 = relu(%40)
// relu
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 256u * 13u * 13u) { return; }
  let l0 = in0[i];
  out[i] = max(l0, 0.0);
}

// ---- k42_maxpool: %42 = maxpool(%41)
// maxpool
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 256u * 6u * 6u) { return; }
  let ox = i % 6u;
  let oy = (i / 6u) % 6u;
  let c = (i / 36u) % 256u;
  let n = i / 9216u;
  var best = 0u;
  var bestV = 0.0;
  var found = false;
  for (var ey = 0u; ey < 3u; ey++) {
    let py = i32(oy * 2u + ey) - 0i;
    if (py < 0 || py >= 13i) { continue; }
    for (var ex = 0u; ex < 3u; ex++) {
      let px = i32(ox * 2u + ex) - 0i;
      if (px < 0 || px >= 13i) { continue; }
      let at = ((n * 256u + c) * 13u + u32(py)) * 13u + u32(px);
      let v = in0[at];
      if (!found || v > bestV || (v != v && bestV == bestV)) { best = at; bestV = v; found = true; }
    }
  }
  out[i] = in0[best];
}

// ---- k43_reshape: %43 = reshape(%42)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 9216u) { return; }
  out[i] = in0[i];
}

// ---- k44_dropout_mask: %44 = dropout_mask(%seed)
// dropout_mask
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<i32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 9216u) { return; }
  let s = bitcast<u32>(in0[0]) ^ (14u * 0x85ebca6bu);
  var x = i ^ (s * 0x9e3779b9u);
  x = (x ^ (x >> 16u)) * 0x7feb352du;
  x = (x ^ (x >> 15u)) * 0x846ca68bu;
  x = x ^ (x >> 16u);
  let u = f32(x >> 8u) / 16777216.0;
  out[i] = select(2.0, 0.0, u < 0.5);
}

// ---- k45_mul: %45 = mul(%43, %44)
// mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 9216u) { return; }
  let l0 = in0[i];
  let l1 = in1[i];
  out[i] = (l0 * l1);
}

// ---- k46_matmul: %46 = matmul(%45, %linear1.weight)
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
  let rows = (params.n * 4096u) / 4096u;
  let inner = 9216u;
  let group = i / 64u;
  let lane = i % 64u;
  let tr = (group / 128u) * 32u;
  let tc = (group % 128u) * 32u;
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
      tileA[(e % 16u) * 32u + e / 16u] = select(0.0, in0[(min(ar, rows - 1u)) * 9216u + min(ap, inner - 1u)], ar < rows && ap < inner);
      let bp = p0 + e % 16u;
      let bc = tc + e / 16u;
      tileB[(e % 16u) * 32u + e / 16u] = select(0.0, in1[(min(bc, 4095u)) * 9216u + min(bp, inner - 1u)], bp < inner && bc < 4096u);
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
  if (r0 + 0u < rows && c0 + 0u < 4096u) { out[(r0 + 0u) * 4096u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 4096u) { out[(r0 + 0u) * 4096u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 4096u) { out[(r0 + 0u) * 4096u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 4096u) { out[(r0 + 0u) * 4096u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 4096u) { out[(r0 + 1u) * 4096u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 4096u) { out[(r0 + 1u) * 4096u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 4096u) { out[(r0 + 1u) * 4096u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 4096u) { out[(r0 + 1u) * 4096u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 4096u) { out[(r0 + 2u) * 4096u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 4096u) { out[(r0 + 2u) * 4096u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 4096u) { out[(r0 + 2u) * 4096u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 4096u) { out[(r0 + 2u) * 4096u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 4096u) { out[(r0 + 3u) * 4096u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 4096u) { out[(r0 + 3u) * 4096u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 4096u) { out[(r0 + 3u) * 4096u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 4096u) { out[(r0 + 3u) * 4096u + c0 + 3u] = acc3[3]; }
}

// ---- k47_add: %47 = add(%46, %linear1.bias)
// add
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 4096u) { return; }
  var o_rest = i;
  let o1 = o_rest % 4096u;
  o_rest = o_rest / 4096u;
  let o0 = o_rest % params.n;
  o_rest = o_rest / params.n;
  let l0 = in0[i];
  let l1 = in1[o1 * 1u];
  out[i] = (l0 + l1);
}

// ---- k48_dropout_mask: %49 = dropout_mask(%seed)
// dropout_mask
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<i32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 4096u) { return; }
  let s = bitcast<u32>(in0[0]) ^ (17u * 0x85ebca6bu);
  var x = i ^ (s * 0x9e3779b9u);
  x = (x ^ (x >> 16u)) * 0x7feb352du;
  x = (x ^ (x >> 15u)) * 0x846ca68bu;
  x = x ^ (x >> 16u);
  let u = f32(x >> 8u) / 16777216.0;
  out[i] = select(2.0, 0.0, u < 0.5);
}

// ---- k49_fused_relu_mul: %50 = mul(%47, %49)
// relu → mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 4096u) { return; }
  let l0 = in0[i];
  let l1 = in1[i];
  let t0 = max(l0, 0.0);
  out[i] = (t0 * l1);
}

// ---- k50_matmul: %51 = matmul(%50, %linear2.weight)
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
  let rows = (params.n * 4096u) / 4096u;
  let inner = 4096u;
  let group = i / 64u;
  let lane = i % 64u;
  let tr = (group / 128u) * 32u;
  let tc = (group % 128u) * 32u;
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
      tileA[(e % 16u) * 32u + e / 16u] = select(0.0, in0[(min(ar, rows - 1u)) * 4096u + min(ap, inner - 1u)], ar < rows && ap < inner);
      let bp = p0 + e % 16u;
      let bc = tc + e / 16u;
      tileB[(e % 16u) * 32u + e / 16u] = select(0.0, in1[(min(bc, 4095u)) * 4096u + min(bp, inner - 1u)], bp < inner && bc < 4096u);
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
  if (r0 + 0u < rows && c0 + 0u < 4096u) { out[(r0 + 0u) * 4096u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 4096u) { out[(r0 + 0u) * 4096u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 4096u) { out[(r0 + 0u) * 4096u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 4096u) { out[(r0 + 0u) * 4096u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 4096u) { out[(r0 + 1u) * 4096u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 4096u) { out[(r0 + 1u) * 4096u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 4096u) { out[(r0 + 1u) * 4096u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 4096u) { out[(r0 + 1u) * 4096u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 4096u) { out[(r0 + 2u) * 4096u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 4096u) { out[(r0 + 2u) * 4096u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 4096u) { out[(r0 + 2u) * 4096u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 4096u) { out[(r0 + 2u) * 4096u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 4096u) { out[(r0 + 3u) * 4096u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 4096u) { out[(r0 + 3u) * 4096u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 4096u) { out[(r0 + 3u) * 4096u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 4096u) { out[(r0 + 3u) * 4096u + c0 + 3u] = acc3[3]; }
}

// ---- k51_add: %52 = add(%51, %linear2.bias)
// add
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 4096u) { return; }
  var o_rest = i;
  let o1 = o_rest % 4096u;
  o_rest = o_rest / 4096u;
  let o0 = o_rest % params.n;
  o_rest = o_rest / params.n;
  let l0 = in0[i];
  let l1 = in1[o1 * 1u];
  out[i] = (l0 + l1);
}

// ---- k52_relu: %53 = relu(%52)
// relu
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 4096u) { return; }
  let l0 = in0[i];
  out[i] = max(l0, 0.0);
}

// ---- k53_matmul: %54 = matmul(%53, %linear3.weight)
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
  let rows = (params.n * 1000u) / 1000u;
  let inner = 4096u;
  let group = i / 64u;
  let lane = i % 64u;
  let tr = (group / 32u) * 32u;
  let tc = (group % 32u) * 32u;
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
      tileA[(e % 16u) * 32u + e / 16u] = select(0.0, in0[(min(ar, rows - 1u)) * 4096u + min(ap, inner - 1u)], ar < rows && ap < inner);
      let bp = p0 + e % 16u;
      let bc = tc + e / 16u;
      tileB[(e % 16u) * 32u + e / 16u] = select(0.0, in1[(min(bc, 999u)) * 4096u + min(bp, inner - 1u)], bp < inner && bc < 1000u);
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
  if (r0 + 0u < rows && c0 + 0u < 1000u) { out[(r0 + 0u) * 1000u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 1000u) { out[(r0 + 0u) * 1000u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 1000u) { out[(r0 + 0u) * 1000u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 1000u) { out[(r0 + 0u) * 1000u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 1000u) { out[(r0 + 1u) * 1000u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 1000u) { out[(r0 + 1u) * 1000u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 1000u) { out[(r0 + 1u) * 1000u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 1000u) { out[(r0 + 1u) * 1000u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 1000u) { out[(r0 + 2u) * 1000u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 1000u) { out[(r0 + 2u) * 1000u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 1000u) { out[(r0 + 2u) * 1000u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 1000u) { out[(r0 + 2u) * 1000u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 1000u) { out[(r0 + 3u) * 1000u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 1000u) { out[(r0 + 3u) * 1000u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 1000u) { out[(r0 + 3u) * 1000u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 1000u) { out[(r0 + 3u) * 1000u + c0 + 3u] = acc3[3]; }
}

// ---- k54_add: %55 = add(%54, %linear3.bias)
// add
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 1000u) { return; }
  var o_rest = i;
  let o1 = o_rest % 1000u;
  o_rest = o_rest / 1000u;
  let o0 = o_rest % params.n;
  o_rest = o_rest / params.n;
  let l0 = in0[i];
  let l1 = in1[o1 * 1u];
  out[i] = (l0 + l1);
}

// ---- k55_reduce_max: %56 = reduce_max(%55)
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
  let base = o0 * 1000u;
  var acc = bitcast<f32>(0xff7fffffu);
  if (live) {
    for (var e = lane; e < 1000u; e += 64u) {
      var rest = e;
      let r1 = rest % 1000u;
      rest = rest / 1000u;
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

// ---- k56_stop_gradient: %57 = stop_gradient(%56)
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

// ---- k57_sub: %58 = sub(%55, %57)
// sub
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 1000u) { return; }
  var o_rest = i;
  let o1 = o_rest % 1000u;
  o_rest = o_rest / 1000u;
  let o0 = o_rest % params.n;
  o_rest = o_rest / params.n;
  let l0 = in0[i];
  let l1 = in1[o0 * 1u];
  out[i] = (l0 - l1);
}

// ---- k58_exp: %59 = exp(%58)
// exp
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 1000u) { return; }
  let l0 = in0[i];
  out[i] = exp(l0);
}

// ---- k59_reduce_sum: %60 = reduce_sum(%59)
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
  let base = o0 * 1000u;
  var acc = 0.0;
  if (live) {
    for (var e = lane; e < 1000u; e += 64u) {
      var rest = e;
      let r1 = rest % 1000u;
      rest = rest / 1000u;
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

// ---- k60_log: %61 = log(%60)
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

// ---- k61_one_hot: %62 = one_hot(%label)
// one_hot
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<i32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 1000u) { return; }
  out[i] = select(0.0, 1.0, in0[i / 1000u] == i32(i % 1000u));
}

// ---- k62_reshape: %63 = reshape(%61)
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

// ---- k63_mul: %64 = mul(%58, %62)
// mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 1000u) { return; }
  let l0 = in0[i];
  let l1 = in1[i];
  out[i] = (l0 * l1);
}

// ---- k64_reduce_sum: %65 = reduce_sum(%64)
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
  let base = o0 * 1000u;
  var acc = 0.0;
  if (live) {
    for (var e = lane; e < 1000u; e += 64u) {
      var rest = e;
      let r1 = rest % 1000u;
      rest = rest / 1000u;
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

// ---- k65_sub: %66 = sub(%63, %65)
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

// ---- k66_reduce_sum: %67 = reduce_sum(%66)
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

// ---- k67_batch_size: %68 = batch_size()
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

// ---- k68_div: %69 = div(%67, %68)
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

// ---- k69_constant: %70 = constant()
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

// ---- k70_argmax: %71 = argmax(%55)
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
  let row = min(o, params.n - 1u) * 1000u;
  var bestV = 0.0;
  var best = -1i;
  for (var j = lane; j < 1000u; j += 64u) {
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

// ---- k71_cast: %72 = cast(%71)
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

// ---- k72_cast: %73 = cast(%label)
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

// ---- k73_equal: %74 = equal(%72, %73)
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

// ---- k74_reduce_sum: %75 = reduce_sum(%74)
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

// ---- k75_constant: %76 = constant()
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

// ---- k76_reshape: %77 = reshape(%70)
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

// ---- k77_broadcast: %78 = broadcast(%77)
// broadcast
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 1000u * 4096u) { return; }
  var o_rest = i;
  let o1 = o_rest % 4096u;
  o_rest = o_rest / 4096u;
  let o0 = o_rest % 1000u;
  o_rest = o_rest / 1000u;
  out[i] = in0[0u];
}

// ---- k78_mul: %79 = mul(%78, %linear3.weight)
// mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 1000u * 4096u) { return; }
  let l0 = in0[i];
  let l1 = in1[i];
  out[i] = (l0 * l1);
}

// ---- k79_broadcast: %81 = broadcast(%77)
// broadcast
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 4096u * 4096u) { return; }
  var o_rest = i;
  let o1 = o_rest % 4096u;
  o_rest = o_rest / 4096u;
  let o0 = o_rest % 4096u;
  o_rest = o_rest / 4096u;
  out[i] = in0[0u];
}

// ---- k80_mul: %82 = mul(%81, %linear2.weight)
// mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 4096u * 4096u) { return; }
  let l0 = in0[i];
  let l1 = in1[i];
  out[i] = (l0 * l1);
}

// ---- k81_broadcast: %84 = broadcast(%77)
// broadcast
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 4096u * 9216u) { return; }
  var o_rest = i;
  let o1 = o_rest % 9216u;
  o_rest = o_rest / 9216u;
  let o0 = o_rest % 4096u;
  o_rest = o_rest / 4096u;
  out[i] = in0[0u];
}

// ---- k82_mul: %85 = mul(%84, %linear1.weight)
// mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 4096u * 9216u) { return; }
  let l0 = in0[i];
  let l1 = in1[i];
  out[i] = (l0 * l1);
}

// ---- k83_reshape: %87 = reshape(%70)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 1u * 1u * 1u * 1u) { return; }
  out[i] = in0[i];
}

// ---- k84_broadcast: %88 = broadcast(%87)
// broadcast
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 256u * 384u * 3u * 3u) { return; }
  var o_rest = i;
  let o3 = o_rest % 3u;
  o_rest = o_rest / 3u;
  let o2 = o_rest % 3u;
  o_rest = o_rest / 3u;
  let o1 = o_rest % 384u;
  o_rest = o_rest / 384u;
  let o0 = o_rest % 256u;
  o_rest = o_rest / 256u;
  out[i] = in0[0u];
}

// ---- k85_mul: %89 = mul(%88, %conv2d5.weight)
// mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 256u * 384u * 3u * 3u) { return; }
  let l0 = in0[i];
  let l1 = in1[i];
  out[i] = (l0 * l1);
}

// ---- k86_broadcast: %91 = broadcast(%87)
// broadcast
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 384u * 384u * 3u * 3u) { return; }
  var o_rest = i;
  let o3 = o_rest % 3u;
  o_rest = o_rest / 3u;
  let o2 = o_rest % 3u;
  o_rest = o_rest / 3u;
  let o1 = o_rest % 384u;
  o_rest = o_rest / 384u;
  let o0 = o_rest % 384u;
  o_rest = o_rest / 384u;
  out[i] = in0[0u];
}

// ---- k87_mul: %92 = mul(%91, %conv2d4.weight)
// mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 384u * 384u * 3u * 3u) { return; }
  let l0 = in0[i];
  let l1 = in1[i];
  out[i] = (l0 * l1);
}

// ---- k88_broadcast: %94 = broadcast(%87)
// broadcast
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 384u * 256u * 3u * 3u) { return; }
  var o_rest = i;
  let o3 = o_rest % 3u;
  o_rest = o_rest / 3u;
  let o2 = o_rest % 3u;
  o_rest = o_rest / 3u;
  let o1 = o_rest % 256u;
  o_rest = o_rest / 256u;
  let o0 = o_rest % 384u;
  o_rest = o_rest / 384u;
  out[i] = in0[0u];
}

// ---- k89_mul: %95 = mul(%94, %conv2d3.weight)
// mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 384u * 256u * 3u * 3u) { return; }
  let l0 = in0[i];
  let l1 = in1[i];
  out[i] = (l0 * l1);
}

// ---- k90_broadcast: %97 = broadcast(%87)
// broadcast
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 256u * 96u * 5u * 5u) { return; }
  var o_rest = i;
  let o3 = o_rest % 5u;
  o_rest = o_rest / 5u;
  let o2 = o_rest % 5u;
  o_rest = o_rest / 5u;
  let o1 = o_rest % 96u;
  o_rest = o_rest / 96u;
  let o0 = o_rest % 256u;
  o_rest = o_rest / 256u;
  out[i] = in0[0u];
}

// ---- k91_mul: %98 = mul(%97, %conv2d2.weight)
// mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 256u * 96u * 5u * 5u) { return; }
  let l0 = in0[i];
  let l1 = in1[i];
  out[i] = (l0 * l1);
}

// ---- k92_broadcast: %100 = broadcast(%87)
// broadcast
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 96u * 3u * 11u * 11u) { return; }
  var o_rest = i;
  let o3 = o_rest % 11u;
  o_rest = o_rest / 11u;
  let o2 = o_rest % 11u;
  o_rest = o_rest / 11u;
  let o1 = o_rest % 3u;
  o_rest = o_rest / 3u;
  let o0 = o_rest % 96u;
  o_rest = o_rest / 96u;
  out[i] = in0[0u];
}

// ---- k93_mul: %101 = mul(%100, %conv2d1.weight)
// mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 96u * 3u * 11u * 11u) { return; }
  let l0 = in0[i];
  let l1 = in1[i];
  out[i] = (l0 * l1);
}

// ---- k94_div: %103 = div(%76, %68)
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

// ---- k95_reshape: %104 = reshape(%103)
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

// ---- k96_broadcast: %105 = broadcast(%104)
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

// ---- k97_neg: %106 = neg(%105)
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

// ---- k98_reshape: %107 = reshape(%106)
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

// ---- k99_broadcast: %108 = broadcast(%107)
// broadcast
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 1000u) { return; }
  var o_rest = i;
  let o1 = o_rest % 1000u;
  o_rest = o_rest / 1000u;
  let o0 = o_rest % params.n;
  o_rest = o_rest / params.n;
  out[i] = in0[o0 * 1u];
}

// ---- k100_reshape: %110 = reshape(%105)
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

// ---- k101_div: %111 = div(%110, %60)
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

// ---- k102_broadcast: %112 = broadcast(%111)
// broadcast
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 1000u) { return; }
  var o_rest = i;
  let o1 = o_rest % 1000u;
  o_rest = o_rest / 1000u;
  let o0 = o_rest % params.n;
  o_rest = o_rest / params.n;
  out[i] = in0[o0 * 1u];
}

// ---- k103_fused_mul_mul_add: %114 = add(%108, %62, %112, %59)
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
  if (i >= params.n * 1000u) { return; }
  let l0 = in0[i];
  let l1 = in1[i];
  let l2 = in2[i];
  let l3 = in3[i];
  let t0 = (l0 * l1);
  let t1 = (l2 * l3);
  out[i] = (t0 + t1);
}

// ---- k104_reduce_sum: %115 = reduce_sum(%114)
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
  let live = o < 1u * 1000u;
  var o_rest = min(o, 1u * 1000u - 1u);
  let o1 = o_rest % 1000u;
  o_rest = o_rest / 1000u;
  let o0 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let base = o1 * 1u;
  var acc = 0.0;
  if (live) {
    for (var e = lane; e < params.n; e += 64u) {
      var rest = e;
      let r0 = rest % params.n;
      rest = rest / params.n;
      let v = in0[base + r0 * 1000u];
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

// ---- k105_reshape: %116 = reshape(%115)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 1000u) { return; }
  out[i] = in0[i];
}

// ---- k106_matmul: %117 = matmul(%114, %linear3.weight)
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
  let rows = (params.n * 4096u) / 4096u;
  let inner = 1000u;
  let group = i / 64u;
  let lane = i % 64u;
  let tr = (group / 128u) * 32u;
  let tc = (group % 128u) * 32u;
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
      tileA[(e % 16u) * 32u + e / 16u] = select(0.0, in0[(min(ar, rows - 1u)) * 1000u + min(ap, inner - 1u)], ar < rows && ap < inner);
      let bp = p0 + e / 32u;
      let bc = tc + e % 32u;
      tileB[(e / 32u) * 32u + e % 32u] = select(0.0, in1[(min(bp, inner - 1u)) * 4096u + min(bc, 4095u)], bp < inner && bc < 4096u);
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
  if (r0 + 0u < rows && c0 + 0u < 4096u) { out[(r0 + 0u) * 4096u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 4096u) { out[(r0 + 0u) * 4096u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 4096u) { out[(r0 + 0u) * 4096u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 4096u) { out[(r0 + 0u) * 4096u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 4096u) { out[(r0 + 1u) * 4096u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 4096u) { out[(r0 + 1u) * 4096u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 4096u) { out[(r0 + 1u) * 4096u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 4096u) { out[(r0 + 1u) * 4096u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 4096u) { out[(r0 + 2u) * 4096u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 4096u) { out[(r0 + 2u) * 4096u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 4096u) { out[(r0 + 2u) * 4096u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 4096u) { out[(r0 + 2u) * 4096u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 4096u) { out[(r0 + 3u) * 4096u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 4096u) { out[(r0 + 3u) * 4096u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 4096u) { out[(r0 + 3u) * 4096u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 4096u) { out[(r0 + 3u) * 4096u + c0 + 3u] = acc3[3]; }
}

// ---- k107_matmul: %118 = matmul(%114, %53)
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
  let rows = 1000u;
  let inner = params.n;
  let group = i / 64u;
  let lane = i % 64u;
  let tr = (group / 128u) * 32u;
  let tc = (group % 128u) * 32u;
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
      tileA[(e / 32u) * 32u + e % 32u] = select(0.0, in0[(min(ap, inner - 1u)) * 1000u + min(ar, rows - 1u)], ar < rows && ap < inner);
      let bp = p0 + e / 32u;
      let bc = tc + e % 32u;
      tileB[(e / 32u) * 32u + e % 32u] = select(0.0, in1[(min(bp, inner - 1u)) * 4096u + min(bc, 4095u)], bp < inner && bc < 4096u);
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
  if (r0 + 0u < rows && c0 + 0u < 4096u) { out[(r0 + 0u) * 4096u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 4096u) { out[(r0 + 0u) * 4096u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 4096u) { out[(r0 + 0u) * 4096u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 4096u) { out[(r0 + 0u) * 4096u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 4096u) { out[(r0 + 1u) * 4096u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 4096u) { out[(r0 + 1u) * 4096u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 4096u) { out[(r0 + 1u) * 4096u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 4096u) { out[(r0 + 1u) * 4096u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 4096u) { out[(r0 + 2u) * 4096u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 4096u) { out[(r0 + 2u) * 4096u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 4096u) { out[(r0 + 2u) * 4096u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 4096u) { out[(r0 + 2u) * 4096u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 4096u) { out[(r0 + 3u) * 4096u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 4096u) { out[(r0 + 3u) * 4096u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 4096u) { out[(r0 + 3u) * 4096u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 4096u) { out[(r0 + 3u) * 4096u + c0 + 3u] = acc3[3]; }
}

// ---- k108_fused_step_mul: %121 = mul(%52, %117)
// step → mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 4096u) { return; }
  let l0 = in0[i];
  let l1 = in1[i];
  let t0 = select(0.0, 1.0, l0 > 0.0);
  out[i] = (l1 * t0);
}

// ---- k109_reduce_sum: %122 = reduce_sum(%121)
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
  let live = o < 1u * 4096u;
  var o_rest = min(o, 1u * 4096u - 1u);
  let o1 = o_rest % 4096u;
  o_rest = o_rest / 4096u;
  let o0 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let base = o1 * 1u;
  var acc = 0.0;
  if (live) {
    for (var e = lane; e < params.n; e += 64u) {
      var rest = e;
      let r0 = rest % params.n;
      rest = rest / params.n;
      let v = in0[base + r0 * 4096u];
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

// ---- k110_reshape: %123 = reshape(%122)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 4096u) { return; }
  out[i] = in0[i];
}

// ---- k111_matmul: %124 = matmul(%121, %linear2.weight)
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
  let rows = (params.n * 4096u) / 4096u;
  let inner = 4096u;
  let group = i / 64u;
  let lane = i % 64u;
  let tr = (group / 128u) * 32u;
  let tc = (group % 128u) * 32u;
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
      tileA[(e % 16u) * 32u + e / 16u] = select(0.0, in0[(min(ar, rows - 1u)) * 4096u + min(ap, inner - 1u)], ar < rows && ap < inner);
      let bp = p0 + e / 32u;
      let bc = tc + e % 32u;
      tileB[(e / 32u) * 32u + e % 32u] = select(0.0, in1[(min(bp, inner - 1u)) * 4096u + min(bc, 4095u)], bp < inner && bc < 4096u);
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
  if (r0 + 0u < rows && c0 + 0u < 4096u) { out[(r0 + 0u) * 4096u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 4096u) { out[(r0 + 0u) * 4096u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 4096u) { out[(r0 + 0u) * 4096u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 4096u) { out[(r0 + 0u) * 4096u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 4096u) { out[(r0 + 1u) * 4096u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 4096u) { out[(r0 + 1u) * 4096u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 4096u) { out[(r0 + 1u) * 4096u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 4096u) { out[(r0 + 1u) * 4096u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 4096u) { out[(r0 + 2u) * 4096u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 4096u) { out[(r0 + 2u) * 4096u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 4096u) { out[(r0 + 2u) * 4096u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 4096u) { out[(r0 + 2u) * 4096u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 4096u) { out[(r0 + 3u) * 4096u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 4096u) { out[(r0 + 3u) * 4096u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 4096u) { out[(r0 + 3u) * 4096u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 4096u) { out[(r0 + 3u) * 4096u + c0 + 3u] = acc3[3]; }
}

// ---- k112_matmul: %125 = matmul(%121, %50)
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
  let rows = 4096u;
  let inner = params.n;
  let group = i / 64u;
  let lane = i % 64u;
  let tr = (group / 128u) * 32u;
  let tc = (group % 128u) * 32u;
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
      tileA[(e / 32u) * 32u + e % 32u] = select(0.0, in0[(min(ap, inner - 1u)) * 4096u + min(ar, rows - 1u)], ar < rows && ap < inner);
      let bp = p0 + e / 32u;
      let bc = tc + e % 32u;
      tileB[(e / 32u) * 32u + e % 32u] = select(0.0, in1[(min(bp, inner - 1u)) * 4096u + min(bc, 4095u)], bp < inner && bc < 4096u);
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
  if (r0 + 0u < rows && c0 + 0u < 4096u) { out[(r0 + 0u) * 4096u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 4096u) { out[(r0 + 0u) * 4096u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 4096u) { out[(r0 + 0u) * 4096u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 4096u) { out[(r0 + 0u) * 4096u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 4096u) { out[(r0 + 1u) * 4096u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 4096u) { out[(r0 + 1u) * 4096u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 4096u) { out[(r0 + 1u) * 4096u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 4096u) { out[(r0 + 1u) * 4096u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 4096u) { out[(r0 + 2u) * 4096u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 4096u) { out[(r0 + 2u) * 4096u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 4096u) { out[(r0 + 2u) * 4096u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 4096u) { out[(r0 + 2u) * 4096u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 4096u) { out[(r0 + 3u) * 4096u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 4096u) { out[(r0 + 3u) * 4096u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 4096u) { out[(r0 + 3u) * 4096u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 4096u) { out[(r0 + 3u) * 4096u + c0 + 3u] = acc3[3]; }
}

// ---- k113_fused_mul_step_mul: %129 = mul(%124, %49, %47)
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
  if (i >= params.n * 4096u) { return; }
  let l0 = in0[i];
  let l1 = in1[i];
  let l2 = in2[i];
  let t0 = (l0 * l1);
  let t1 = select(0.0, 1.0, l2 > 0.0);
  out[i] = (t0 * t1);
}

// ---- k114_reduce_sum: %130 = reduce_sum(%129)
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
  let live = o < 1u * 4096u;
  var o_rest = min(o, 1u * 4096u - 1u);
  let o1 = o_rest % 4096u;
  o_rest = o_rest / 4096u;
  let o0 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let base = o1 * 1u;
  var acc = 0.0;
  if (live) {
    for (var e = lane; e < params.n; e += 64u) {
      var rest = e;
      let r0 = rest % params.n;
      rest = rest / params.n;
      let v = in0[base + r0 * 4096u];
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

// ---- k115_reshape: %131 = reshape(%130)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 4096u) { return; }
  out[i] = in0[i];
}

// ---- k116_matmul: %132 = matmul(%129, %linear1.weight)
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
  let rows = (params.n * 9216u) / 9216u;
  let inner = 4096u;
  let group = i / 64u;
  let lane = i % 64u;
  let tr = (group / 288u) * 32u;
  let tc = (group % 288u) * 32u;
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
      tileA[(e % 16u) * 32u + e / 16u] = select(0.0, in0[(min(ar, rows - 1u)) * 4096u + min(ap, inner - 1u)], ar < rows && ap < inner);
      let bp = p0 + e / 32u;
      let bc = tc + e % 32u;
      tileB[(e / 32u) * 32u + e % 32u] = select(0.0, in1[(min(bp, inner - 1u)) * 9216u + min(bc, 9215u)], bp < inner && bc < 9216u);
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
  if (r0 + 0u < rows && c0 + 0u < 9216u) { out[(r0 + 0u) * 9216u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 9216u) { out[(r0 + 0u) * 9216u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 9216u) { out[(r0 + 0u) * 9216u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 9216u) { out[(r0 + 0u) * 9216u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 9216u) { out[(r0 + 1u) * 9216u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 9216u) { out[(r0 + 1u) * 9216u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 9216u) { out[(r0 + 1u) * 9216u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 9216u) { out[(r0 + 1u) * 9216u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 9216u) { out[(r0 + 2u) * 9216u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 9216u) { out[(r0 + 2u) * 9216u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 9216u) { out[(r0 + 2u) * 9216u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 9216u) { out[(r0 + 2u) * 9216u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 9216u) { out[(r0 + 3u) * 9216u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 9216u) { out[(r0 + 3u) * 9216u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 9216u) { out[(r0 + 3u) * 9216u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 9216u) { out[(r0 + 3u) * 9216u + c0 + 3u] = acc3[3]; }
}

// ---- k117_matmul: %133 = matmul(%129, %45)
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
  let rows = 4096u;
  let inner = params.n;
  let group = i / 64u;
  let lane = i % 64u;
  let tr = (group / 288u) * 32u;
  let tc = (group % 288u) * 32u;
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
      tileA[(e / 32u) * 32u + e % 32u] = select(0.0, in0[(min(ap, inner - 1u)) * 4096u + min(ar, rows - 1u)], ar < rows && ap < inner);
      let bp = p0 + e / 32u;
      let bc = tc + e % 32u;
      tileB[(e / 32u) * 32u + e % 32u] = select(0.0, in1[(min(bp, inner - 1u)) * 9216u + min(bc, 9215u)], bp < inner && bc < 9216u);
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
  if (r0 + 0u < rows && c0 + 0u < 9216u) { out[(r0 + 0u) * 9216u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 9216u) { out[(r0 + 0u) * 9216u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 9216u) { out[(r0 + 0u) * 9216u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 9216u) { out[(r0 + 0u) * 9216u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 9216u) { out[(r0 + 1u) * 9216u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 9216u) { out[(r0 + 1u) * 9216u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 9216u) { out[(r0 + 1u) * 9216u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 9216u) { out[(r0 + 1u) * 9216u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 9216u) { out[(r0 + 2u) * 9216u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 9216u) { out[(r0 + 2u) * 9216u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 9216u) { out[(r0 + 2u) * 9216u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 9216u) { out[(r0 + 2u) * 9216u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 9216u) { out[(r0 + 3u) * 9216u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 9216u) { out[(r0 + 3u) * 9216u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 9216u) { out[(r0 + 3u) * 9216u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 9216u) { out[(r0 + 3u) * 9216u + c0 + 3u] = acc3[3]; }
}

// ---- k118_mul: %135 = mul(%132, %44)
// mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 9216u) { return; }
  let l0 = in0[i];
  let l1 = in1[i];
  out[i] = (l0 * l1);
}

// ---- k119_reshape: %136 = reshape(%135)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 256u * 6u * 6u) { return; }
  out[i] = in0[i];
}

// ---- k120_maxpool_backward: %137 = maxpool_backward(%41, %136)
// maxpool_backward
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 256u * 13u * 13u) { return; }
  let ix = i % 13u;
  let iy = (i / 13u) % 13u;
  let c = (i / 169u) % 256u;
  let n = i / 43264u;
  var acc = 0.0;
  for (var ky = 0u; ky < 3u; ky++) {
    let ty = i32(iy) + 0i - i32(ky);
    if (ty < 0 || ty % 2i != 0 || ty / 2i >= 6i) { continue; }
    let oy = u32(ty / 2i);
    for (var kx = 0u; kx < 3u; kx++) {
      let tx = i32(ix) + 0i - i32(kx);
      if (tx < 0 || tx % 2i != 0 || tx / 2i >= 6i) { continue; }
      let ox = u32(tx / 2i);
      var best = 0u;
  var bestV = 0.0;
  var found = false;
  for (var ey = 0u; ey < 3u; ey++) {
    let py = i32(oy * 2u + ey) - 0i;
    if (py < 0 || py >= 13i) { continue; }
    for (var ex = 0u; ex < 3u; ex++) {
      let px = i32(ox * 2u + ex) - 0i;
      if (px < 0 || px >= 13i) { continue; }
      let at = ((n * 256u + c) * 13u + u32(py)) * 13u + u32(px);
      let v = in0[at];
      if (!found || v > bestV || (v != v && bestV == bestV)) { best = at; bestV = v; found = true; }
    }
  }
    if (best == i) { acc += in1[((n * 256u + c) * 6u + oy) * 6u + ox]; }
    }
  }
  out[i] = acc;
}

// ---- k121_fused_step_mul: %139 = mul(%40, %137)
// step → mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 256u * 13u * 13u) { return; }
  let l0 = in0[i];
  let l1 = in1[i];
  let t0 = select(0.0, 1.0, l0 > 0.0);
  out[i] = (l1 * t0);
}

// ---- k122_reduce_sum: %140 = reduce_sum(%139)
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
  let live = o < 1u * 256u * 1u * 1u;
  var o_rest = min(o, 1u * 256u * 1u * 1u - 1u);
  let o3 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let o2 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let o1 = o_rest % 256u;
  o_rest = o_rest / 256u;
  let o0 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let base = o1 * 13u * 13u;
  var acc = 0.0;
  if (live) {
    for (var e = lane; e < params.n * 13u * 13u; e += 64u) {
      var rest = e;
      let r3 = rest % 13u;
      rest = rest / 13u;
      let r2 = rest % 13u;
      rest = rest / 13u;
      let r0 = rest % params.n;
      rest = rest / params.n;
      let v = in0[base + r0 * 13u * 13u * 256u + r2 * 13u + r3 * 1u];
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

// ---- k123_reshape: %141 = reshape(%140)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 256u * 1u * 1u) { return; }
  out[i] = in0[i];
}

// ---- k124_reshape: %142 = reshape(%141)
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

// ---- k125_reshape: %143 = reshape(%139)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 256u * 169u) { return; }
  out[i] = in0[i];
}

// ---- k126_transpose: %144 = transpose(%143)
// transpose
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 169u * 256u) { return; }
  var o_rest = i;
  let o2 = o_rest % 256u;
  o_rest = o_rest / 256u;
  let o1 = o_rest % 169u;
  o_rest = o_rest / 169u;
  let o0 = o_rest % params.n;
  o_rest = o_rest / params.n;
  out[i] = in0[o0 * 169u * 256u + o1 * 1u + o2 * 169u];
}

// ---- k127_matmul: %145 = matmul(%144, %35)
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
  let rows = (params.n * 169u * 3456u) / 3456u;
  let inner = 256u;
  let group = i / 64u;
  let lane = i % 64u;
  let tr = (group / 108u) * 32u;
  let tc = (group % 108u) * 32u;
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
      let bp = p0 + e / 32u;
      let bc = tc + e % 32u;
      tileB[(e / 32u) * 32u + e % 32u] = select(0.0, in1[(min(bp, inner - 1u)) * 3456u + min(bc, 3455u)], bp < inner && bc < 3456u);
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
  if (r0 + 0u < rows && c0 + 0u < 3456u) { out[(r0 + 0u) * 3456u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 3456u) { out[(r0 + 0u) * 3456u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 3456u) { out[(r0 + 0u) * 3456u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 3456u) { out[(r0 + 0u) * 3456u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 3456u) { out[(r0 + 1u) * 3456u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 3456u) { out[(r0 + 1u) * 3456u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 3456u) { out[(r0 + 1u) * 3456u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 3456u) { out[(r0 + 1u) * 3456u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 3456u) { out[(r0 + 2u) * 3456u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 3456u) { out[(r0 + 2u) * 3456u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 3456u) { out[(r0 + 2u) * 3456u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 3456u) { out[(r0 + 2u) * 3456u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 3456u) { out[(r0 + 3u) * 3456u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 3456u) { out[(r0 + 3u) * 3456u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 3456u) { out[(r0 + 3u) * 3456u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 3456u) { out[(r0 + 3u) * 3456u + c0 + 3u] = acc3[3]; }
}

// ---- k128_matmul: %146 = matmul(%144, %34)
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
  let inner = params.n * 169u;
  let group = i / 64u;
  let lane = i % 64u;
  let tr = (group / 108u) * 32u;
  let tc = (group % 108u) * 32u;
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
      tileB[(e / 32u) * 32u + e % 32u] = select(0.0, in1[(min(bp, inner - 1u)) * 3456u + min(bc, 3455u)], bp < inner && bc < 3456u);
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
  if (r0 + 0u < rows && c0 + 0u < 3456u) { out[(r0 + 0u) * 3456u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 3456u) { out[(r0 + 0u) * 3456u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 3456u) { out[(r0 + 0u) * 3456u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 3456u) { out[(r0 + 0u) * 3456u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 3456u) { out[(r0 + 1u) * 3456u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 3456u) { out[(r0 + 1u) * 3456u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 3456u) { out[(r0 + 1u) * 3456u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 3456u) { out[(r0 + 1u) * 3456u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 3456u) { out[(r0 + 2u) * 3456u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 3456u) { out[(r0 + 2u) * 3456u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 3456u) { out[(r0 + 2u) * 3456u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 3456u) { out[(r0 + 2u) * 3456u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 3456u) { out[(r0 + 3u) * 3456u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 3456u) { out[(r0 + 3u) * 3456u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 3456u) { out[(r0 + 3u) * 3456u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 3456u) { out[(r0 + 3u) * 3456u + c0 + 3u] = acc3[3]; }
}

// ---- k129_reshape: %147 = reshape(%146)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 256u * 384u * 3u * 3u) { return; }
  out[i] = in0[i];
}

// ---- k130_col2im: %149 = col2im(%145)
// col2im
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 384u * 13u * 13u) { return; }
  let ix = i % 13u;
  let iy = (i / 13u) % 13u;
  let c = (i / 169u) % 384u;
  let n = i / 64896u;
  var acc = 0.0;
  for (var ky = 0u; ky < 3u; ky++) {
    let ty = i32(iy) + 1i - i32(ky);
    if (ty < 0 || ty % 1i != 0 || ty / 1i >= 13i) { continue; }
    let oy = u32(ty / 1i);
    for (var kx = 0u; kx < 3u; kx++) {
      let tx = i32(ix) + 1i - i32(kx);
      if (tx < 0 || tx % 1i != 0 || tx / 1i >= 13i) { continue; }
      let ox = u32(tx / 1i);
      acc += in0[(n * 169u + oy * 13u + ox) * 3456u + (c * 3u + ky) * 3u + kx];
    }
  }
  out[i] = acc;
}

// ---- k131_fused_step_mul: %151 = mul(%32, %149)
// step → mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 384u * 13u * 13u) { return; }
  let l0 = in0[i];
  let l1 = in1[i];
  let t0 = select(0.0, 1.0, l0 > 0.0);
  out[i] = (l1 * t0);
}

// ---- k132_reduce_sum: %152 = reduce_sum(%151)
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
  let live = o < 1u * 384u * 1u * 1u;
  var o_rest = min(o, 1u * 384u * 1u * 1u - 1u);
  let o3 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let o2 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let o1 = o_rest % 384u;
  o_rest = o_rest / 384u;
  let o0 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let base = o1 * 13u * 13u;
  var acc = 0.0;
  if (live) {
    for (var e = lane; e < params.n * 13u * 13u; e += 64u) {
      var rest = e;
      let r3 = rest % 13u;
      rest = rest / 13u;
      let r2 = rest % 13u;
      rest = rest / 13u;
      let r0 = rest % params.n;
      rest = rest / params.n;
      let v = in0[base + r0 * 13u * 13u * 384u + r2 * 13u + r3 * 1u];
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

// ---- k133_reshape: %153 = reshape(%152)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 384u * 1u * 1u) { return; }
  out[i] = in0[i];
}

// ---- k134_reshape: %154 = reshape(%153)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 384u) { return; }
  out[i] = in0[i];
}

// ---- k135_reshape: %155 = reshape(%151)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 384u * 169u) { return; }
  out[i] = in0[i];
}

// ---- k136_transpose: %156 = transpose(%155)
// transpose
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 169u * 384u) { return; }
  var o_rest = i;
  let o2 = o_rest % 384u;
  o_rest = o_rest / 384u;
  let o1 = o_rest % 169u;
  o_rest = o_rest / 169u;
  let o0 = o_rest % params.n;
  o_rest = o_rest / params.n;
  out[i] = in0[o0 * 169u * 384u + o1 * 1u + o2 * 169u];
}

// ---- k137_matmul: %157 = matmul(%156, %27)
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
  let rows = (params.n * 169u * 3456u) / 3456u;
  let inner = 384u;
  let group = i / 64u;
  let lane = i % 64u;
  let tr = (group / 108u) * 32u;
  let tc = (group % 108u) * 32u;
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
      tileA[(e % 16u) * 32u + e / 16u] = select(0.0, in0[(min(ar, rows - 1u)) * 384u + min(ap, inner - 1u)], ar < rows && ap < inner);
      let bp = p0 + e / 32u;
      let bc = tc + e % 32u;
      tileB[(e / 32u) * 32u + e % 32u] = select(0.0, in1[(min(bp, inner - 1u)) * 3456u + min(bc, 3455u)], bp < inner && bc < 3456u);
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
  if (r0 + 0u < rows && c0 + 0u < 3456u) { out[(r0 + 0u) * 3456u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 3456u) { out[(r0 + 0u) * 3456u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 3456u) { out[(r0 + 0u) * 3456u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 3456u) { out[(r0 + 0u) * 3456u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 3456u) { out[(r0 + 1u) * 3456u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 3456u) { out[(r0 + 1u) * 3456u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 3456u) { out[(r0 + 1u) * 3456u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 3456u) { out[(r0 + 1u) * 3456u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 3456u) { out[(r0 + 2u) * 3456u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 3456u) { out[(r0 + 2u) * 3456u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 3456u) { out[(r0 + 2u) * 3456u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 3456u) { out[(r0 + 2u) * 3456u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 3456u) { out[(r0 + 3u) * 3456u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 3456u) { out[(r0 + 3u) * 3456u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 3456u) { out[(r0 + 3u) * 3456u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 3456u) { out[(r0 + 3u) * 3456u + c0 + 3u] = acc3[3]; }
}

// ---- k138_matmul: %158 = matmul(%156, %26)
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
  let rows = 384u;
  let inner = params.n * 169u;
  let group = i / 64u;
  let lane = i % 64u;
  let tr = (group / 108u) * 32u;
  let tc = (group % 108u) * 32u;
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
      tileA[(e / 32u) * 32u + e % 32u] = select(0.0, in0[(min(ap, inner - 1u)) * 384u + min(ar, rows - 1u)], ar < rows && ap < inner);
      let bp = p0 + e / 32u;
      let bc = tc + e % 32u;
      tileB[(e / 32u) * 32u + e % 32u] = select(0.0, in1[(min(bp, inner - 1u)) * 3456u + min(bc, 3455u)], bp < inner && bc < 3456u);
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
  if (r0 + 0u < rows && c0 + 0u < 3456u) { out[(r0 + 0u) * 3456u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 3456u) { out[(r0 + 0u) * 3456u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 3456u) { out[(r0 + 0u) * 3456u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 3456u) { out[(r0 + 0u) * 3456u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 3456u) { out[(r0 + 1u) * 3456u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 3456u) { out[(r0 + 1u) * 3456u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 3456u) { out[(r0 + 1u) * 3456u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 3456u) { out[(r0 + 1u) * 3456u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 3456u) { out[(r0 + 2u) * 3456u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 3456u) { out[(r0 + 2u) * 3456u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 3456u) { out[(r0 + 2u) * 3456u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 3456u) { out[(r0 + 2u) * 3456u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 3456u) { out[(r0 + 3u) * 3456u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 3456u) { out[(r0 + 3u) * 3456u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 3456u) { out[(r0 + 3u) * 3456u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 3456u) { out[(r0 + 3u) * 3456u + c0 + 3u] = acc3[3]; }
}

// ---- k139_reshape: %159 = reshape(%158)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 384u * 384u * 3u * 3u) { return; }
  out[i] = in0[i];
}

// ---- k140_col2im: %161 = col2im(%157)
// col2im
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 384u * 13u * 13u) { return; }
  let ix = i % 13u;
  let iy = (i / 13u) % 13u;
  let c = (i / 169u) % 384u;
  let n = i / 64896u;
  var acc = 0.0;
  for (var ky = 0u; ky < 3u; ky++) {
    let ty = i32(iy) + 1i - i32(ky);
    if (ty < 0 || ty % 1i != 0 || ty / 1i >= 13i) { continue; }
    let oy = u32(ty / 1i);
    for (var kx = 0u; kx < 3u; kx++) {
      let tx = i32(ix) + 1i - i32(kx);
      if (tx < 0 || tx % 1i != 0 || tx / 1i >= 13i) { continue; }
      let ox = u32(tx / 1i);
      acc += in0[(n * 169u + oy * 13u + ox) * 3456u + (c * 3u + ky) * 3u + kx];
    }
  }
  out[i] = acc;
}

// ---- k141_fused_step_mul: %163 = mul(%24, %161)
// step → mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 384u * 13u * 13u) { return; }
  let l0 = in0[i];
  let l1 = in1[i];
  let t0 = select(0.0, 1.0, l0 > 0.0);
  out[i] = (l1 * t0);
}

// ---- k142_reduce_sum: %164 = reduce_sum(%163)
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
  let live = o < 1u * 384u * 1u * 1u;
  var o_rest = min(o, 1u * 384u * 1u * 1u - 1u);
  let o3 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let o2 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let o1 = o_rest % 384u;
  o_rest = o_rest / 384u;
  let o0 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let base = o1 * 13u * 13u;
  var acc = 0.0;
  if (live) {
    for (var e = lane; e < params.n * 13u * 13u; e += 64u) {
      var rest = e;
      let r3 = rest % 13u;
      rest = rest / 13u;
      let r2 = rest % 13u;
      rest = rest / 13u;
      let r0 = rest % params.n;
      rest = rest / params.n;
      let v = in0[base + r0 * 13u * 13u * 384u + r2 * 13u + r3 * 1u];
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

// ---- k143_reshape: %165 = reshape(%164)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 384u * 1u * 1u) { return; }
  out[i] = in0[i];
}

// ---- k144_reshape: %166 = reshape(%165)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 384u) { return; }
  out[i] = in0[i];
}

// ---- k145_reshape: %167 = reshape(%163)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 384u * 169u) { return; }
  out[i] = in0[i];
}

// ---- k146_transpose: %168 = transpose(%167)
// transpose
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 169u * 384u) { return; }
  var o_rest = i;
  let o2 = o_rest % 384u;
  o_rest = o_rest / 384u;
  let o1 = o_rest % 169u;
  o_rest = o_rest / 169u;
  let o0 = o_rest % params.n;
  o_rest = o_rest / params.n;
  out[i] = in0[o0 * 169u * 384u + o1 * 1u + o2 * 169u];
}

// ---- k147_matmul: %169 = matmul(%168, %19)
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
  let rows = (params.n * 169u * 2304u) / 2304u;
  let inner = 384u;
  let group = i / 64u;
  let lane = i % 64u;
  let tr = (group / 72u) * 32u;
  let tc = (group % 72u) * 32u;
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
      tileA[(e % 16u) * 32u + e / 16u] = select(0.0, in0[(min(ar, rows - 1u)) * 384u + min(ap, inner - 1u)], ar < rows && ap < inner);
      let bp = p0 + e / 32u;
      let bc = tc + e % 32u;
      tileB[(e / 32u) * 32u + e % 32u] = select(0.0, in1[(min(bp, inner - 1u)) * 2304u + min(bc, 2303u)], bp < inner && bc < 2304u);
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
  if (r0 + 0u < rows && c0 + 0u < 2304u) { out[(r0 + 0u) * 2304u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 2304u) { out[(r0 + 0u) * 2304u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 2304u) { out[(r0 + 0u) * 2304u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 2304u) { out[(r0 + 0u) * 2304u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 2304u) { out[(r0 + 1u) * 2304u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 2304u) { out[(r0 + 1u) * 2304u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 2304u) { out[(r0 + 1u) * 2304u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 2304u) { out[(r0 + 1u) * 2304u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 2304u) { out[(r0 + 2u) * 2304u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 2304u) { out[(r0 + 2u) * 2304u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 2304u) { out[(r0 + 2u) * 2304u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 2304u) { out[(r0 + 2u) * 2304u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 2304u) { out[(r0 + 3u) * 2304u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 2304u) { out[(r0 + 3u) * 2304u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 2304u) { out[(r0 + 3u) * 2304u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 2304u) { out[(r0 + 3u) * 2304u + c0 + 3u] = acc3[3]; }
}

// ---- k148_matmul: %170 = matmul(%168, %18)
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
  let rows = 384u;
  let inner = params.n * 169u;
  let group = i / 64u;
  let lane = i % 64u;
  let tr = (group / 72u) * 32u;
  let tc = (group % 72u) * 32u;
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
      tileA[(e / 32u) * 32u + e % 32u] = select(0.0, in0[(min(ap, inner - 1u)) * 384u + min(ar, rows - 1u)], ar < rows && ap < inner);
      let bp = p0 + e / 32u;
      let bc = tc + e % 32u;
      tileB[(e / 32u) * 32u + e % 32u] = select(0.0, in1[(min(bp, inner - 1u)) * 2304u + min(bc, 2303u)], bp < inner && bc < 2304u);
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
  if (r0 + 0u < rows && c0 + 0u < 2304u) { out[(r0 + 0u) * 2304u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 2304u) { out[(r0 + 0u) * 2304u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 2304u) { out[(r0 + 0u) * 2304u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 2304u) { out[(r0 + 0u) * 2304u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 2304u) { out[(r0 + 1u) * 2304u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 2304u) { out[(r0 + 1u) * 2304u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 2304u) { out[(r0 + 1u) * 2304u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 2304u) { out[(r0 + 1u) * 2304u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 2304u) { out[(r0 + 2u) * 2304u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 2304u) { out[(r0 + 2u) * 2304u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 2304u) { out[(r0 + 2u) * 2304u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 2304u) { out[(r0 + 2u) * 2304u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 2304u) { out[(r0 + 3u) * 2304u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 2304u) { out[(r0 + 3u) * 2304u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 2304u) { out[(r0 + 3u) * 2304u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 2304u) { out[(r0 + 3u) * 2304u + c0 + 3u] = acc3[3]; }
}

// ---- k149_reshape: %171 = reshape(%170)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 384u * 256u * 3u * 3u) { return; }
  out[i] = in0[i];
}

// ---- k150_col2im: %173 = col2im(%169)
// col2im
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 256u * 13u * 13u) { return; }
  let ix = i % 13u;
  let iy = (i / 13u) % 13u;
  let c = (i / 169u) % 256u;
  let n = i / 43264u;
  var acc = 0.0;
  for (var ky = 0u; ky < 3u; ky++) {
    let ty = i32(iy) + 1i - i32(ky);
    if (ty < 0 || ty % 1i != 0 || ty / 1i >= 13i) { continue; }
    let oy = u32(ty / 1i);
    for (var kx = 0u; kx < 3u; kx++) {
      let tx = i32(ix) + 1i - i32(kx);
      if (tx < 0 || tx % 1i != 0 || tx / 1i >= 13i) { continue; }
      let ox = u32(tx / 1i);
      acc += in0[(n * 169u + oy * 13u + ox) * 2304u + (c * 3u + ky) * 3u + kx];
    }
  }
  out[i] = acc;
}

// ---- k151_maxpool_backward: %174 = maxpool_backward(%16, %173)
// maxpool_backward
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 256u * 27u * 27u) { return; }
  let ix = i % 27u;
  let iy = (i / 27u) % 27u;
  let c = (i / 729u) % 256u;
  let n = i / 186624u;
  var acc = 0.0;
  for (var ky = 0u; ky < 3u; ky++) {
    let ty = i32(iy) + 0i - i32(ky);
    if (ty < 0 || ty % 2i != 0 || ty / 2i >= 13i) { continue; }
    let oy = u32(ty / 2i);
    for (var kx = 0u; kx < 3u; kx++) {
      let tx = i32(ix) + 0i - i32(kx);
      if (tx < 0 || tx % 2i != 0 || tx / 2i >= 13i) { continue; }
      let ox = u32(tx / 2i);
      var best = 0u;
  var bestV = 0.0;
  var found = false;
  for (var ey = 0u; ey < 3u; ey++) {
    let py = i32(oy * 2u + ey) - 0i;
    if (py < 0 || py >= 27i) { continue; }
    for (var ex = 0u; ex < 3u; ex++) {
      let px = i32(ox * 2u + ex) - 0i;
      if (px < 0 || px >= 27i) { continue; }
      let at = ((n * 256u + c) * 27u + u32(py)) * 27u + u32(px);
      let v = in0[at];
      if (!found || v > bestV || (v != v && bestV == bestV)) { best = at; bestV = v; found = true; }
    }
  }
    if (best == i) { acc += in1[((n * 256u + c) * 13u + oy) * 13u + ox]; }
    }
  }
  out[i] = acc;
}

// ---- k152_fused_step_mul: %176 = mul(%15, %174)
// step → mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 256u * 27u * 27u) { return; }
  let l0 = in0[i];
  let l1 = in1[i];
  let t0 = select(0.0, 1.0, l0 > 0.0);
  out[i] = (l1 * t0);
}

// ---- k153_reduce_sum: %177 = reduce_sum(%176)
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
  let live = o < 1u * 256u * 1u * 1u;
  var o_rest = min(o, 1u * 256u * 1u * 1u - 1u);
  let o3 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let o2 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let o1 = o_rest % 256u;
  o_rest = o_rest / 256u;
  let o0 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let base = o1 * 27u * 27u;
  var acc = 0.0;
  if (live) {
    for (var e = lane; e < params.n * 27u * 27u; e += 64u) {
      var rest = e;
      let r3 = rest % 27u;
      rest = rest / 27u;
      let r2 = rest % 27u;
      rest = rest / 27u;
      let r0 = rest % params.n;
      rest = rest / params.n;
      let v = in0[base + r0 * 27u * 27u * 256u + r2 * 27u + r3 * 1u];
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

// ---- k154_reshape: %178 = reshape(%177)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 256u * 1u * 1u) { return; }
  out[i] = in0[i];
}

// ---- k155_reshape: %179 = reshape(%178)
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

// ---- k156_reshape: %180 = reshape(%176)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 256u * 729u) { return; }
  out[i] = in0[i];
}

// ---- k157_transpose: %181 = transpose(%180)
// transpose
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 729u * 256u) { return; }
  var o_rest = i;
  let o2 = o_rest % 256u;
  o_rest = o_rest / 256u;
  let o1 = o_rest % 729u;
  o_rest = o_rest / 729u;
  let o0 = o_rest % params.n;
  o_rest = o_rest / params.n;
  out[i] = in0[o0 * 729u * 256u + o1 * 1u + o2 * 729u];
}

// ---- k158_matmul: %182 = matmul(%181, %10)
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
  let rows = (params.n * 729u * 2400u) / 2400u;
  let inner = 256u;
  let group = i / 64u;
  let lane = i % 64u;
  let tr = (group / 75u) * 32u;
  let tc = (group % 75u) * 32u;
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
      let bp = p0 + e / 32u;
      let bc = tc + e % 32u;
      tileB[(e / 32u) * 32u + e % 32u] = select(0.0, in1[(min(bp, inner - 1u)) * 2400u + min(bc, 2399u)], bp < inner && bc < 2400u);
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
  if (r0 + 0u < rows && c0 + 0u < 2400u) { out[(r0 + 0u) * 2400u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 2400u) { out[(r0 + 0u) * 2400u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 2400u) { out[(r0 + 0u) * 2400u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 2400u) { out[(r0 + 0u) * 2400u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 2400u) { out[(r0 + 1u) * 2400u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 2400u) { out[(r0 + 1u) * 2400u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 2400u) { out[(r0 + 1u) * 2400u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 2400u) { out[(r0 + 1u) * 2400u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 2400u) { out[(r0 + 2u) * 2400u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 2400u) { out[(r0 + 2u) * 2400u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 2400u) { out[(r0 + 2u) * 2400u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 2400u) { out[(r0 + 2u) * 2400u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 2400u) { out[(r0 + 3u) * 2400u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 2400u) { out[(r0 + 3u) * 2400u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 2400u) { out[(r0 + 3u) * 2400u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 2400u) { out[(r0 + 3u) * 2400u + c0 + 3u] = acc3[3]; }
}

// ---- k159_matmul: %183 = matmul(%181, %9)
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
  let inner = params.n * 729u;
  let group = i / 64u;
  let lane = i % 64u;
  let tr = (group / 75u) * 32u;
  let tc = (group % 75u) * 32u;
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
      tileB[(e / 32u) * 32u + e % 32u] = select(0.0, in1[(min(bp, inner - 1u)) * 2400u + min(bc, 2399u)], bp < inner && bc < 2400u);
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
  if (r0 + 0u < rows && c0 + 0u < 2400u) { out[(r0 + 0u) * 2400u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 2400u) { out[(r0 + 0u) * 2400u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 2400u) { out[(r0 + 0u) * 2400u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 2400u) { out[(r0 + 0u) * 2400u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 2400u) { out[(r0 + 1u) * 2400u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 2400u) { out[(r0 + 1u) * 2400u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 2400u) { out[(r0 + 1u) * 2400u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 2400u) { out[(r0 + 1u) * 2400u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 2400u) { out[(r0 + 2u) * 2400u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 2400u) { out[(r0 + 2u) * 2400u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 2400u) { out[(r0 + 2u) * 2400u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 2400u) { out[(r0 + 2u) * 2400u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 2400u) { out[(r0 + 3u) * 2400u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 2400u) { out[(r0 + 3u) * 2400u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 2400u) { out[(r0 + 3u) * 2400u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 2400u) { out[(r0 + 3u) * 2400u + c0 + 3u] = acc3[3]; }
}

// ---- k160_reshape: %184 = reshape(%183)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 256u * 96u * 5u * 5u) { return; }
  out[i] = in0[i];
}

// ---- k161_col2im: %186 = col2im(%182)
// col2im
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 96u * 27u * 27u) { return; }
  let ix = i % 27u;
  let iy = (i / 27u) % 27u;
  let c = (i / 729u) % 96u;
  let n = i / 69984u;
  var acc = 0.0;
  for (var ky = 0u; ky < 5u; ky++) {
    let ty = i32(iy) + 2i - i32(ky);
    if (ty < 0 || ty % 1i != 0 || ty / 1i >= 27i) { continue; }
    let oy = u32(ty / 1i);
    for (var kx = 0u; kx < 5u; kx++) {
      let tx = i32(ix) + 2i - i32(kx);
      if (tx < 0 || tx % 1i != 0 || tx / 1i >= 27i) { continue; }
      let ox = u32(tx / 1i);
      acc += in0[(n * 729u + oy * 27u + ox) * 2400u + (c * 5u + ky) * 5u + kx];
    }
  }
  out[i] = acc;
}

// ---- k162_maxpool_backward: %187 = maxpool_backward(%7, %186)
// maxpool_backward
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 96u * 55u * 55u) { return; }
  let ix = i % 55u;
  let iy = (i / 55u) % 55u;
  let c = (i / 3025u) % 96u;
  let n = i / 290400u;
  var acc = 0.0;
  for (var ky = 0u; ky < 3u; ky++) {
    let ty = i32(iy) + 0i - i32(ky);
    if (ty < 0 || ty % 2i != 0 || ty / 2i >= 27i) { continue; }
    let oy = u32(ty / 2i);
    for (var kx = 0u; kx < 3u; kx++) {
      let tx = i32(ix) + 0i - i32(kx);
      if (tx < 0 || tx % 2i != 0 || tx / 2i >= 27i) { continue; }
      let ox = u32(tx / 2i);
      var best = 0u;
  var bestV = 0.0;
  var found = false;
  for (var ey = 0u; ey < 3u; ey++) {
    let py = i32(oy * 2u + ey) - 0i;
    if (py < 0 || py >= 55i) { continue; }
    for (var ex = 0u; ex < 3u; ex++) {
      let px = i32(ox * 2u + ex) - 0i;
      if (px < 0 || px >= 55i) { continue; }
      let at = ((n * 96u + c) * 55u + u32(py)) * 55u + u32(px);
      let v = in0[at];
      if (!found || v > bestV || (v != v && bestV == bestV)) { best = at; bestV = v; found = true; }
    }
  }
    if (best == i) { acc += in1[((n * 96u + c) * 27u + oy) * 27u + ox]; }
    }
  }
  out[i] = acc;
}

// ---- k163_fused_step_mul: %189 = mul(%6, %187)
// step → mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 96u * 55u * 55u) { return; }
  let l0 = in0[i];
  let l1 = in1[i];
  let t0 = select(0.0, 1.0, l0 > 0.0);
  out[i] = (l1 * t0);
}

// ---- k164_reduce_sum: %190 = reduce_sum(%189)
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
  let live = o < 1u * 96u * 1u * 1u;
  var o_rest = min(o, 1u * 96u * 1u * 1u - 1u);
  let o3 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let o2 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let o1 = o_rest % 96u;
  o_rest = o_rest / 96u;
  let o0 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let base = o1 * 55u * 55u;
  var acc = 0.0;
  if (live) {
    for (var e = lane; e < params.n * 55u * 55u; e += 64u) {
      var rest = e;
      let r3 = rest % 55u;
      rest = rest / 55u;
      let r2 = rest % 55u;
      rest = rest / 55u;
      let r0 = rest % params.n;
      rest = rest / params.n;
      let v = in0[base + r0 * 55u * 55u * 96u + r2 * 55u + r3 * 1u];
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

// ---- k165_reshape: %191 = reshape(%190)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 96u * 1u * 1u) { return; }
  out[i] = in0[i];
}

// ---- k166_reshape: %192 = reshape(%191)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 96u) { return; }
  out[i] = in0[i];
}

// ---- k167_reshape: %193 = reshape(%189)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 96u * 3025u) { return; }
  out[i] = in0[i];
}

// ---- k168_transpose: %194 = transpose(%193)
// transpose
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 3025u * 96u) { return; }
  var o_rest = i;
  let o2 = o_rest % 96u;
  o_rest = o_rest / 96u;
  let o1 = o_rest % 3025u;
  o_rest = o_rest / 3025u;
  let o0 = o_rest % params.n;
  o_rest = o_rest / params.n;
  out[i] = in0[o0 * 3025u * 96u + o1 * 1u + o2 * 3025u];
}

// ---- k169_matmul: %195 = matmul(%194, %0)
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
  let rows = 96u;
  let inner = params.n * 3025u;
  let group = i / 64u;
  let lane = i % 64u;
  let tr = (group / 12u) * 32u;
  let tc = (group % 12u) * 32u;
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
      tileA[(e / 32u) * 32u + e % 32u] = select(0.0, in0[(min(ap, inner - 1u)) * 96u + min(ar, rows - 1u)], ar < rows && ap < inner);
      let bp = p0 + e / 32u;
      let bc = tc + e % 32u;
      tileB[(e / 32u) * 32u + e % 32u] = select(0.0, in1[(min(bp, inner - 1u)) * 363u + min(bc, 362u)], bp < inner && bc < 363u);
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
  if (r0 + 0u < rows && c0 + 0u < 363u) { out[(r0 + 0u) * 363u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 363u) { out[(r0 + 0u) * 363u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 363u) { out[(r0 + 0u) * 363u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 363u) { out[(r0 + 0u) * 363u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 363u) { out[(r0 + 1u) * 363u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 363u) { out[(r0 + 1u) * 363u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 363u) { out[(r0 + 1u) * 363u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 363u) { out[(r0 + 1u) * 363u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 363u) { out[(r0 + 2u) * 363u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 363u) { out[(r0 + 2u) * 363u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 363u) { out[(r0 + 2u) * 363u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 363u) { out[(r0 + 2u) * 363u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 363u) { out[(r0 + 3u) * 363u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 363u) { out[(r0 + 3u) * 363u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 363u) { out[(r0 + 3u) * 363u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 363u) { out[(r0 + 3u) * 363u + c0 + 3u] = acc3[3]; }
}

// ---- k170_reshape: %196 = reshape(%195)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 96u * 3u * 11u * 11u) { return; }
  out[i] = in0[i];
}

// ---- k171_constant: %198 = constant()
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

// ---- k172_fused_add_add_mul_add: %200 = add(%101, %196, %198, %momentum_buffer.conv2d1.weight)
// add → add → mul → add
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
  if (i >= 96u * 3u * 11u * 11u) { return; }
  let l0 = in0[i];
  let l1 = in1[i];
  let l2 = in2[0u];
  let l3 = in3[i];
  let t0 = (l0 + l0);
  let t1 = (t0 + l1);
  let t2 = (l2 * l3);
  out[i] = (t2 + t1);
}

// ---- k173_fused_mul_sub: %202 = sub(%lr, %200, %conv2d1.weight)
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
  if (i >= 96u * 3u * 11u * 11u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let t0 = (l0 * l1);
  out[i] = (l2 - t0);
}

// ---- k174_fused_mul_add: %204 = add(%198, %momentum_buffer.conv2d1.bias, %192)
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
  if (i >= 96u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let t0 = (l0 * l1);
  out[i] = (t0 + l2);
}

// ---- k175_fused_mul_sub: %206 = sub(%lr, %204, %conv2d1.bias)
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
  if (i >= 96u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let t0 = (l0 * l1);
  out[i] = (l2 - t0);
}

// ---- k176_fused_add_add_mul_add: %208 = add(%98, %184, %198, %momentum_buffer.conv2d2.weight)
// add → add → mul → add
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
  if (i >= 256u * 96u * 5u * 5u) { return; }
  let l0 = in0[i];
  let l1 = in1[i];
  let l2 = in2[0u];
  let l3 = in3[i];
  let t0 = (l0 + l0);
  let t1 = (t0 + l1);
  let t2 = (l2 * l3);
  out[i] = (t2 + t1);
}

// ---- k177_fused_mul_sub: %210 = sub(%lr, %208, %conv2d2.weight)
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
  if (i >= 256u * 96u * 5u * 5u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let t0 = (l0 * l1);
  out[i] = (l2 - t0);
}

// ---- k178_fused_mul_add: %212 = add(%198, %momentum_buffer.conv2d2.bias, %179)
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
  if (i >= 256u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let t0 = (l0 * l1);
  out[i] = (t0 + l2);
}

// ---- k179_fused_mul_sub: %214 = sub(%lr, %212, %conv2d2.bias)
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
  if (i >= 256u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let t0 = (l0 * l1);
  out[i] = (l2 - t0);
}

// ---- k180_fused_add_add_mul_add: %216 = add(%95, %171, %198, %momentum_buffer.conv2d3.weight)
// add → add → mul → add
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
  if (i >= 384u * 256u * 3u * 3u) { return; }
  let l0 = in0[i];
  let l1 = in1[i];
  let l2 = in2[0u];
  let l3 = in3[i];
  let t0 = (l0 + l0);
  let t1 = (t0 + l1);
  let t2 = (l2 * l3);
  out[i] = (t2 + t1);
}

// ---- k181_fused_mul_sub: %218 = sub(%lr, %216, %conv2d3.weight)
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
  if (i >= 384u * 256u * 3u * 3u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let t0 = (l0 * l1);
  out[i] = (l2 - t0);
}

// ---- k182_fused_mul_add: %220 = add(%198, %momentum_buffer.conv2d3.bias, %166)
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
  if (i >= 384u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let t0 = (l0 * l1);
  out[i] = (t0 + l2);
}

// ---- k183_fused_mul_sub: %222 = sub(%lr, %220, %conv2d3.bias)
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
  if (i >= 384u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let t0 = (l0 * l1);
  out[i] = (l2 - t0);
}

// ---- k184_fused_add_add_mul_add: %224 = add(%92, %159, %198, %momentum_buffer.conv2d4.weight)
// add → add → mul → add
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
  if (i >= 384u * 384u * 3u * 3u) { return; }
  let l0 = in0[i];
  let l1 = in1[i];
  let l2 = in2[0u];
  let l3 = in3[i];
  let t0 = (l0 + l0);
  let t1 = (t0 + l1);
  let t2 = (l2 * l3);
  out[i] = (t2 + t1);
}

// ---- k185_fused_mul_sub: %226 = sub(%lr, %224, %conv2d4.weight)
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
  if (i >= 384u * 384u * 3u * 3u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let t0 = (l0 * l1);
  out[i] = (l2 - t0);
}

// ---- k186_fused_mul_add: %228 = add(%198, %momentum_buffer.conv2d4.bias, %154)
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
  if (i >= 384u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let t0 = (l0 * l1);
  out[i] = (t0 + l2);
}

// ---- k187_fused_mul_sub: %230 = sub(%lr, %228, %conv2d4.bias)
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
  if (i >= 384u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let t0 = (l0 * l1);
  out[i] = (l2 - t0);
}

// ---- k188_fused_add_add_mul_add: %232 = add(%89, %147, %198, %momentum_buffer.conv2d5.weight)
// add → add → mul → add
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
  if (i >= 256u * 384u * 3u * 3u) { return; }
  let l0 = in0[i];
  let l1 = in1[i];
  let l2 = in2[0u];
  let l3 = in3[i];
  let t0 = (l0 + l0);
  let t1 = (t0 + l1);
  let t2 = (l2 * l3);
  out[i] = (t2 + t1);
}

// ---- k189_fused_mul_sub: %234 = sub(%lr, %232, %conv2d5.weight)
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
  if (i >= 256u * 384u * 3u * 3u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let t0 = (l0 * l1);
  out[i] = (l2 - t0);
}

// ---- k190_fused_mul_add: %236 = add(%198, %momentum_buffer.conv2d5.bias, %142)
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
  if (i >= 256u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let t0 = (l0 * l1);
  out[i] = (t0 + l2);
}

// ---- k191_fused_mul_sub: %238 = sub(%lr, %236, %conv2d5.bias)
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
  if (i >= 256u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let t0 = (l0 * l1);
  out[i] = (l2 - t0);
}

// ---- k192_fused_add_add_mul_add: %240 = add(%85, %133, %198, %momentum_buffer.linear1.weight)
// add → add → mul → add
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
  if (i >= 4096u * 9216u) { return; }
  let l0 = in0[i];
  let l1 = in1[i];
  let l2 = in2[0u];
  let l3 = in3[i];
  let t0 = (l0 + l0);
  let t1 = (t0 + l1);
  let t2 = (l2 * l3);
  out[i] = (t2 + t1);
}

// ---- k193_fused_mul_sub: %242 = sub(%lr, %240, %linear1.weight)
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
  if (i >= 4096u * 9216u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let t0 = (l0 * l1);
  out[i] = (l2 - t0);
}

// ---- k194_fused_mul_add: %244 = add(%198, %momentum_buffer.linear1.bias, %131)
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
  if (i >= 4096u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let t0 = (l0 * l1);
  out[i] = (t0 + l2);
}

// ---- k195_fused_mul_sub: %246 = sub(%lr, %244, %linear1.bias)
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
  if (i >= 4096u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let t0 = (l0 * l1);
  out[i] = (l2 - t0);
}

// ---- k196_fused_add_add_mul_add: %248 = add(%82, %125, %198, %momentum_buffer.linear2.weight)
// add → add → mul → add
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
  if (i >= 4096u * 4096u) { return; }
  let l0 = in0[i];
  let l1 = in1[i];
  let l2 = in2[0u];
  let l3 = in3[i];
  let t0 = (l0 + l0);
  let t1 = (t0 + l1);
  let t2 = (l2 * l3);
  out[i] = (t2 + t1);
}

// ---- k197_fused_mul_sub: %250 = sub(%lr, %248, %linear2.weight)
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
  if (i >= 4096u * 4096u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let t0 = (l0 * l1);
  out[i] = (l2 - t0);
}

// ---- k198_fused_mul_add: %252 = add(%198, %momentum_buffer.linear2.bias, %123)
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
  if (i >= 4096u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let t0 = (l0 * l1);
  out[i] = (t0 + l2);
}

// ---- k199_fused_mul_sub: %254 = sub(%lr, %252, %linear2.bias)
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
  if (i >= 4096u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let t0 = (l0 * l1);
  out[i] = (l2 - t0);
}

// ---- k200_fused_add_add_mul_add: %256 = add(%79, %118, %198, %momentum_buffer.linear3.weight)
// add → add → mul → add
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
  if (i >= 1000u * 4096u) { return; }
  let l0 = in0[i];
  let l1 = in1[i];
  let l2 = in2[0u];
  let l3 = in3[i];
  let t0 = (l0 + l0);
  let t1 = (t0 + l1);
  let t2 = (l2 * l3);
  out[i] = (t2 + t1);
}

// ---- k201_fused_mul_sub: %258 = sub(%lr, %256, %linear3.weight)
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
  if (i >= 1000u * 4096u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let t0 = (l0 * l1);
  out[i] = (l2 - t0);
}

// ---- k202_fused_mul_add: %260 = add(%198, %momentum_buffer.linear3.bias, %116)
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
  if (i >= 1000u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let t0 = (l0 * l1);
  out[i] = (t0 + l2);
}

// ---- k203_fused_mul_sub: %262 = sub(%lr, %260, %linear3.bias)
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
  if (i >= 1000u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let t0 = (l0 * l1);
  out[i] = (l2 - t0);
}
