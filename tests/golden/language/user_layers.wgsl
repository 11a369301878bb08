// Blocks.train: 179 kernels for a hardware adapter, dispatched in this order into one command buffer
//   %0 = im2col(%image); one invocation per element of f32[N,1024,27]
//   %1 = reshape(%conv_block1.conv2d1.weight); one invocation per element of f32[16,27]
//   %2 = matmul(%0, %1); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[N,1024,16]
//   %3 = transpose(%2); one invocation per element of f32[N,16,1024]
//   %4 = reshape(%3); one invocation per element of f32[N,16,32,32]
//   %5 = reshape(%conv_block1.conv2d1.bias); one invocation per element of f32[16,1,1]
//   %6 = add(%4, %5); one invocation per element of f32[N,16,32,32]
//   %7 = relu(%6); one invocation per element of f32[N,16,32,32]
//   %8 = maxpool(%7); one invocation per element of f32[N,16,16,16]
//   %9 = im2col(%8); one invocation per element of f32[N,256,144]
//   %10 = reshape(%residual1.conv2d1.weight); one invocation per element of f32[16,144]
//   %11 = matmul(%9, %10); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[N,256,16]
//   %12 = transpose(%11); one invocation per element of f32[N,16,256]
//   %13 = reshape(%12); one invocation per element of f32[N,16,16,16]
//   %14 = reshape(%residual1.conv2d1.bias); one invocation per element of f32[16,1,1]
//   %15 = add(%13, %14); one invocation per element of f32[N,16,16,16]
//   %16 = relu(%15); one invocation per element of f32[N,16,16,16]
//   %17 = im2col(%16); one invocation per element of f32[N,256,144]
//   %18 = reshape(%residual1.conv2d2.weight); one invocation per element of f32[16,144]
//   %19 = matmul(%17, %18); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[N,256,16]
//   %20 = transpose(%19); one invocation per element of f32[N,16,256]
//   %21 = reshape(%20); one invocation per element of f32[N,16,16,16]
//   %22 = reshape(%residual1.conv2d2.bias); one invocation per element of f32[16,1,1]
//   %24 = add → add(%21, %22, %8); one invocation per element of f32[N,16,16,16]
//   %25 = relu(%24); one invocation per element of f32[N,16,16,16]
//   %26 = im2col(%25); one invocation per element of f32[N,256,400]
//   %27 = reshape(%conv_block2.conv2d1.weight); one invocation per element of f32[32,400]
//   %28 = matmul(%26, %27); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[N,256,32]
//   %29 = transpose(%28); one invocation per element of f32[N,32,256]
//   %30 = reshape(%29); one invocation per element of f32[N,32,16,16]
//   %31 = reshape(%conv_block2.conv2d1.bias); one invocation per element of f32[32,1,1]
//   %32 = add(%30, %31); one invocation per element of f32[N,32,16,16]
//   %33 = relu(%32); one invocation per element of f32[N,32,16,16]
//   %34 = maxpool(%33); one invocation per element of f32[N,32,8,8]
//   %35 = im2col(%34); one invocation per element of f32[N,64,288]
//   %36 = reshape(%block.conv2d1.weight); one invocation per element of f32[32,288]
//   %37 = matmul(%35, %36); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[N,64,32]
//   %38 = transpose(%37); one invocation per element of f32[N,32,64]
//   %39 = reshape(%38); one invocation per element of f32[N,32,8,8]
//   %40 = reshape(%block.conv2d1.bias); one invocation per element of f32[32,1,1]
//   %41 = add(%39, %40); one invocation per element of f32[N,32,8,8]
//   %42 = relu(%41); one invocation per element of f32[N,32,8,8]
//   %43 = im2col(%42); one invocation per element of f32[N,64,288]
//   %44 = reshape(%block.conv2d2.weight); one invocation per element of f32[32,288]
//   %45 = matmul(%43, %44); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[N,64,32]
//   %46 = transpose(%45); one invocation per element of f32[N,32,64]
//   %47 = reshape(%46); one invocation per element of f32[N,32,8,8]
//   %48 = reshape(%block.conv2d2.bias); one invocation per element of f32[32,1,1]
//   %50 = add → add(%47, %48, %34); one invocation per element of f32[N,32,8,8]
//   %51 = relu(%50); one invocation per element of f32[N,32,8,8]
//   %52 = reshape(%51); one invocation per element of f32[N,2048]
//   %53 = matmul(%52, %linear1.weight); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[N,10]
//   %54 = add(%53, %linear1.bias); one invocation per element of f32[N,10]
//   %55 = reduce_max(%54); a workgroup of 64 per element of f32[N,1]
//   %56 = stop_gradient(%55); one invocation per element of f32[N,1]
//   %57 = sub(%54, %56); one invocation per element of f32[N,10]
//   %58 = exp(%57); one invocation per element of f32[N,10]
//   %59 = reduce_sum(%58); a workgroup of 64 per element of f32[N,1]
//   %60 = log(%59); one invocation per element of f32[N,1]
//   %61 = one_hot(%label); one invocation per element of f32[N,10]
//   %62 = reshape(%60); one invocation per element of f32[N]
//   %63 = mul(%57, %61); one invocation per element of f32[N,10]
//   %64 = reduce_sum(%63); a workgroup of 64 per element of f32[N]
//   %65 = sub(%62, %64); one invocation per element of f32[N]
//   %66 = reduce_sum(%65); a workgroup of 64 per element of f32[]
//   %67 = batch_size(); one invocation per element of f32[]
//   %68 = div(%66, %67); one invocation per element of f32[]
//   %69 = argmax(%54); a workgroup of 64 per row of i32[N]
//   %70 = cast(%69); one invocation per element of f32[N]
//   %71 = cast(%label); one invocation per element of f32[N]
//   %72 = equal(%70, %71); one invocation per element of f32[N]
//   %73 = reduce_sum(%72); a workgroup of 64 per element of f32[]
//   %74 = constant(); one invocation per element of f32[]
//   %75 = div(%74, %67); one invocation per element of f32[]
//   %76 = reshape(%75); one invocation per element of f32[1]
//   %77 = broadcast(%76); one invocation per element of f32[N]
//   %78 = neg(%77); one invocation per element of f32[N]
//   %79 = reshape(%78); one invocation per element of f32[N,1]
//   %80 = broadcast(%79); one invocation per element of f32[N,10]
//   %82 = reshape(%77); one invocation per element of f32[N,1]
//   %83 = div(%82, %59); one invocation per element of f32[N,1]
//   %84 = broadcast(%83); one invocation per element of f32[N,10]
//   %86 = mul → mul → add(%80, %61, %84, %58); one invocation per element of f32[N,10]
//   %87 = reduce_sum(%86); a workgroup of 64 per element of f32[1,10]
//   %88 = reshape(%87); one invocation per element of f32[10]
//   %89 = matmul(%86, %linear1.weight); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[N,2048]
//   %90 = matmul(%86, %52); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[10,2048]
//   %91 = reshape(%89); one invocation per element of f32[N,32,8,8]
//   %93 = step → mul(%50, %91); one invocation per element of f32[N,32,8,8]
//   %94 = reduce_sum(%93); a workgroup of 64 per element of f32[1,32,1,1]
//   %95 = reshape(%94); one invocation per element of f32[32,1,1]
//   %96 = reshape(%95); one invocation per element of f32[32]
//   %97 = reshape(%93); one invocation per element of f32[N,32,64]
//   %98 = transpose(%97); one invocation per element of f32[N,64,32]
//   %99 = matmul(%98, %44); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[N,64,288]
//   %100 = matmul(%98, %43); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[32,288]
//   %101 = reshape(%100); one invocation per element of f32[32,32,3,3]
//   %102 = col2im(%99); one invocation per element of f32[N,32,8,8]
//   %104 = step → mul(%41, %102); one invocation per element of f32[N,32,8,8]
//   %105 = reduce_sum(%104); a workgroup of 64 per element of f32[1,32,1,1]
//   %106 = reshape(%105); one invocation per element of f32[32,1,1]
//   %107 = reshape(%106); one invocation per element of f32[32]
//   %108 = reshape(%104); one invocation per element of f32[N,32,64]
//   %109 = transpose(%108); one invocation per element of f32[N,64,32]
//   %110 = matmul(%109, %36); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[N,64,288]
//   %111 = matmul(%109, %35); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[32,288]
//   %112 = reshape(%111); one invocation per element of f32[32,32,3,3]
//   %113 = col2im(%110); one invocation per element of f32[N,32,8,8]
//   %114 = add(%93, %113); one invocation per element of f32[N,32,8,8]
//   %115 = maxpool_backward(%33, %114); one invocation per element of f32[N,32,16,16]
//   %117 = step → mul(%32, %115); one invocation per element of f32[N,32,16,16]
//   %118 = reduce_sum(%117); a workgroup of 64 per element of f32[1,32,1,1]
//   %119 = reshape(%118); one invocation per element of f32[32,1,1]
//   %120 = reshape(%119); one invocation per element of f32[32]
//   %121 = reshape(%117); one invocation per element of f32[N,32,256]
//   %122 = transpose(%121); one invocation per element of f32[N,256,32]
//   %123 = matmul(%122, %27); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[N,256,400]
//   %124 = matmul(%122, %26); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[32,400]
//   %125 = reshape(%124); one invocation per element of f32[32,16,5,5]
//   %126 = col2im(%123); one invocation per element of f32[N,16,16,16]
//   %128 = step → mul(%24, %126); one invocation per element of f32[N,16,16,16]
//   %129 = reduce_sum(%128); a workgroup of 64 per element of f32[1,16,1,1]
//   %130 = reshape(%129); one invocation per element of f32[16,1,1]
//   %131 = reshape(%130); one invocation per element of f32[16]
//   %132 = reshape(%128); one invocation per element of f32[N,16,256]
//   %133 = transpose(%132); one invocation per element of f32[N,256,16]
//   %134 = matmul(%133, %18); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[N,256,144]
//   %135 = matmul(%133, %17); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[16,144]
//   %136 = reshape(%135); one invocation per element of f32[16,16,3,3]
//   %137 = col2im(%134); one invocation per element of f32[N,16,16,16]
//   %139 = step → mul(%15, %137); one invocation per element of f32[N,16,16,16]
//   %140 = reduce_sum(%139); a workgroup of 64 per element of f32[1,16,1,1]
//   %141 = reshape(%140); one invocation per element of f32[16,1,1]
//   %142 = reshape(%141); one invocation per element of f32[16]
//   %143 = reshape(%139); one invocation per element of f32[N,16,256]
//   %144 = transpose(%143); one invocation per element of f32[N,256,16]
//   %145 = matmul(%144, %10); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[N,256,144]
//   %146 = matmul(%144, %9); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[16,144]
//   %147 = reshape(%146); one invocation per element of f32[16,16,3,3]
//   %148 = col2im(%145); one invocation per element of f32[N,16,16,16]
//   %149 = add(%128, %148); one invocation per element of f32[N,16,16,16]
//   %150 = maxpool_backward(%7, %149); one invocation per element of f32[N,16,32,32]
//   %152 = step → mul(%6, %150); one invocation per element of f32[N,16,32,32]
//   %153 = reduce_sum(%152); a workgroup of 64 per element of f32[1,16,1,1]
//   %154 = reshape(%153); one invocation per element of f32[16,1,1]
//   %155 = reshape(%154); one invocation per element of f32[16]
//   %156 = reshape(%152); one invocation per element of f32[N,16,1024]
//   %157 = transpose(%156); one invocation per element of f32[N,1024,16]
//   %158 = matmul(%157, %0); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[16,27]
//   %159 = reshape(%158); one invocation per element of f32[16,3,3,3]
//   %160 = constant(); one invocation per element of f32[]
//   %162 = mul → add(%160, %momentum_buffer.conv_block1.conv2d1.weight, %159); one invocation per element of f32[16,3,3,3]
//   %166 = mul → add → mul → sub(%160, %162, %159, %lr, %conv_block1.conv2d1.weight); one invocation per element of f32[16,3,3,3]
//   %168 = mul → add(%160, %momentum_buffer.conv_block1.conv2d1.bias, %155); one invocation per element of f32[16]
//   %172 = mul → add → mul → sub(%160, %168, %155, %lr, %conv_block1.conv2d1.bias); one invocation per element of f32[16]
//   %174 = mul → add(%160, %momentum_buffer.residual1.conv2d1.weight, %147); one invocation per element of f32[16,16,3,3]
//   %178 = mul → add → mul → sub(%160, %174, %147, %lr, %residual1.conv2d1.weight); one invocation per element of f32[16,16,3,3]
//   %180 = mul → add(%160, %momentum_buffer.residual1.conv2d1.bias, %142); one invocation per element of f32[16]
//   %184 = mul → add → mul → sub(%160, %180, %142, %lr, %residual1.conv2d1.bias); one invocation per element of f32[16]
//   %186 = mul → add(%160, %momentum_buffer.residual1.conv2d2.weight, %136); one invocation per element of f32[16,16,3,3]
//   %190 = mul → add → mul → sub(%160, %186, %136, %lr, %residual1.conv2d2.weight); one invocation per element of f32[16,16,3,3]
//   %192 = mul → add(%160, %momentum_buffer.residual1.conv2d2.bias, %131); one invocation per element of f32[16]
//   %196 = mul → add → mul → sub(%160, %192, %131, %lr, %residual1.conv2d2.bias); one invocation per element of f32[16]
//   %198 = mul → add(%160, %momentum_buffer.conv_block2.conv2d1.weight, %125); one invocation per element of f32[32,16,5,5]
//   %202 = mul → add → mul → sub(%160, %198, %125, %lr, %conv_block2.conv2d1.weight); one invocation per element of f32[32,16,5,5]
//   %204 = mul → add(%160, %momentum_buffer.conv_block2.conv2d1.bias, %120); one invocation per element of f32[32]
//   %208 = mul → add → mul → sub(%160, %204, %120, %lr, %conv_block2.conv2d1.bias); one invocation per element of f32[32]
//   %210 = mul → add(%160, %momentum_buffer.block.conv2d1.weight, %112); one invocation per element of f32[32,32,3,3]
//   %214 = mul → add → mul → sub(%160, %210, %112, %lr, %block.conv2d1.weight); one invocation per element of f32[32,32,3,3]
//   %216 = mul → add(%160, %momentum_buffer.block.conv2d1.bias, %107); one invocation per element of f32[32]
//   %220 = mul → add → mul → sub(%160, %216, %107, %lr, %block.conv2d1.bias); one invocation per element of f32[32]
//   %222 = mul → add(%160, %momentum_buffer.block.conv2d2.weight, %101); one invocation per element of f32[32,32,3,3]
//   %226 = mul → add → mul → sub(%160, %222, %101, %lr, %block.conv2d2.weight); one invocation per element of f32[32,32,3,3]
//   %228 = mul → add(%160, %momentum_buffer.block.conv2d2.bias, %96); one invocation per element of f32[32]
//   %232 = mul → add → mul → sub(%160, %228, %96, %lr, %block.conv2d2.bias); one invocation per element of f32[32]
//   %234 = mul → add(%160, %momentum_buffer.linear1.weight, %90); one invocation per element of f32[10,2048]
//   %238 = mul → add → mul → sub(%160, %234, %90, %lr, %linear1.weight); one invocation per element of f32[10,2048]
//   %240 = mul → add(%160, %momentum_buffer.linear1.bias, %88); one invocation per element of f32[10]
//   %244 = mul → add → mul → sub(%160, %240, %88, %lr, %linear1.bias); one invocation per element of f32[10]

// ---- k0_im2col: %0 = im2col(%image)
// im2col
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 1024u * 27u) { return; }
  let q = i % 27u;
  let p = (i / 27u) % 1024u;
  let n = i / 27648u;
  let kx = q % 3u;
  let ky = (q / 3u) % 3u;
  let c = q / 9u;
  let iy = i32((p / 32u) * 1u + ky) - 1i;
  let ix = i32((p % 32u) * 1u + kx) - 1i;
  let inside = iy >= 0 && iy < 32i && ix >= 0 && ix < 32i;
  let at = ((n * 3u + c) * 32u + u32(clamp(iy, 0i, 31i))) * 32u + u32(clamp(ix, 0i, 31i));
  out[i] = select(0.0, in0[at], inside);
}

// ---- k1_reshape: %1 = reshape(%conv_block1.conv2d1.weight)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 16u * 27u) { return; }
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
  let rows = (params.n * 1024u * 16u) / 16u;
  let inner = 27u;
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
      tileA[(e % 16u) * 32u + e / 16u] = select(0.0, in0[(min(ar, rows - 1u)) * 27u + min(ap, inner - 1u)], ar < rows && ap < inner);
      let bp = p0 + e % 16u;
      let bc = tc + e / 16u;
      tileB[(e % 16u) * 32u + e / 16u] = select(0.0, in1[(min(bc, 15u)) * 27u + min(bp, inner - 1u)], bp < inner && bc < 16u);
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
  if (i >= params.n * 16u * 1024u) { return; }
  var o_rest = i;
  let o2 = o_rest % 1024u;
  o_rest = o_rest / 1024u;
  let o1 = o_rest % 16u;
  o_rest = o_rest / 16u;
  let o0 = o_rest % params.n;
  o_rest = o_rest / params.n;
  out[i] = in0[o0 * 16u * 1024u + o1 * 1u + o2 * 16u];
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
  if (i >= params.n * 16u * 32u * 32u) { return; }
  out[i] = in0[i];
}

// ---- k5_reshape: %5 = reshape(%conv_block1.conv2d1.bias)
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
  if (i >= params.n * 16u * 32u * 32u) { return; }
  var o_rest = i;
  let o3 = o_rest % 32u;
  o_rest = o_rest / 32u;
  let o2 = o_rest % 32u;
  o_rest = o_rest / 32u;
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
  if (i >= params.n * 16u * 32u * 32u) { return; }
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
  if (i >= params.n * 16u * 16u * 16u) { return; }
  let ox = i % 16u;
  let oy = (i / 16u) % 16u;
  let c = (i / 256u) % 16u;
  let n = i / 4096u;
  var best = 0u;
  var bestV = 0.0;
  var found = false;
  for (var ey = 0u; ey < 2u; ey++) {
    let py = i32(oy * 2u + ey) - 0i;
    if (py < 0 || py >= 32i) { continue; }
    for (var ex = 0u; ex < 2u; ex++) {
      let px = i32(ox * 2u + ex) - 0i;
      if (px < 0 || px >= 32i) { continue; }
      let at = ((n * 16u + c) * 32u + u32(py)) * 32u + u32(px);
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
  if (i >= params.n * 256u * 144u) { return; }
  let q = i % 144u;
  let p = (i / 144u) % 256u;
  let n = i / 36864u;
  let kx = q % 3u;
  let ky = (q / 3u) % 3u;
  let c = q / 9u;
  let iy = i32((p / 16u) * 1u + ky) - 1i;
  let ix = i32((p % 16u) * 1u + kx) - 1i;
  let inside = iy >= 0 && iy < 16i && ix >= 0 && ix < 16i;
  let at = ((n * 16u + c) * 16u + u32(clamp(iy, 0i, 15i))) * 16u + u32(clamp(ix, 0i, 15i));
  out[i] = select(0.0, in0[at], inside);
}

// ---- k10_reshape: %10 = reshape(%residual1.conv2d1.weight)
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
  let rows = (params.n * 256u * 16u) / 16u;
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

// ---- k12_transpose: %12 = transpose(%11)
// transpose
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 16u * 256u) { return; }
  var o_rest = i;
  let o2 = o_rest % 256u;
  o_rest = o_rest / 256u;
  let o1 = o_rest % 16u;
  o_rest = o_rest / 16u;
  let o0 = o_rest % params.n;
  o_rest = o_rest / params.n;
  out[i] = in0[o0 * 16u * 256u + o1 * 1u + o2 * 16u];
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
  if (i >= params.n * 16u * 16u * 16u) { return; }
  out[i] = in0[i];
}

// ---- k14_reshape: %14 = reshape(%residual1.conv2d1.bias)
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
  if (i >= params.n * 16u * 16u * 16u) { return; }
  var o_rest = i;
  let o3 = o_rest % 16u;
  o_rest = o_rest / 16u;
  let o2 = o_rest % 16u;
  o_rest = o_rest / 16u;
  let o1 = o_rest % 16u;
  o_rest = o_rest / 16u;
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
  if (i >= params.n * 16u * 16u * 16u) { return; }
  let l0 = in0[i];
  out[i] = max(l0, 0.0);
}

// ---- k17_im2col: %17 = im2col(%16)
// im2col
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 256u * 144u) { return; }
  let q = i % 144u;
  let p = (i / 144u) % 256u;
  let n = i / 36864u;
  let kx = q % 3u;
  let ky = (q / 3u) % 3u;
  let c = q / 9u;
  let iy = i32((p / 16u) * 1u + ky) - 1i;
  let ix = i32((p % 16u) * 1u + kx) - 1i;
  let inside = iy >= 0 && iy < 16i && ix >= 0 && ix < 16i;
  let at = ((n * 16u + c) * 16u + u32(clamp(iy, 0i, 15i))) * 16u + u32(clamp(ix, 0i, 15i));
  out[i] = select(0.0, in0[at], inside);
}

// ---- k18_reshape: %18 = reshape(%residual1.conv2d2.weight)
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

// ---- k19_matmul: %19 = matmul(%17, %18)
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
  let rows = (params.n * 256u * 16u) / 16u;
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

// ---- k20_transpose: %20 = transpose(%19)
// transpose
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 16u * 256u) { return; }
  var o_rest = i;
  let o2 = o_rest % 256u;
  o_rest = o_rest / 256u;
  let o1 = o_rest % 16u;
  o_rest = o_rest / 16u;
  let o0 = o_rest % params.n;
  o_rest = o_rest / params.n;
  out[i] = in0[o0 * 16u * 256u + o1 * 1u + o2 * 16u];
}

// ---- k21_reshape: %21 = reshape(%20)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 16u * 16u * 16u) { return; }
  out[i] = in0[i];
}

// ---- k22_reshape: %22 = reshape(%residual1.conv2d2.bias)
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

// ---- k23_fused_add_add: %24 = add(%21, %22, %8)
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
  if (i >= params.n * 16u * 16u * 16u) { return; }
  var o_rest = i;
  let o3 = o_rest % 16u;
  o_rest = o_rest / 16u;
  let o2 = o_rest % 16u;
  o_rest = o_rest / 16u;
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

// ---- k24_relu: %25 = relu(%24)
// relu
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 16u * 16u * 16u) { return; }
  let l0 = in0[i];
  out[i] = max(l0, 0.0);
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
  if (i >= params.n * 256u * 400u) { return; }
  let q = i % 400u;
  let p = (i / 400u) % 256u;
  let n = i / 102400u;
  let kx = q % 5u;
  let ky = (q / 5u) % 5u;
  let c = q / 25u;
  let iy = i32((p / 16u) * 1u + ky) - 2i;
  let ix = i32((p % 16u) * 1u + kx) - 2i;
  let inside = iy >= 0 && iy < 16i && ix >= 0 && ix < 16i;
  let at = ((n * 16u + c) * 16u + u32(clamp(iy, 0i, 15i))) * 16u + u32(clamp(ix, 0i, 15i));
  out[i] = select(0.0, in0[at], inside);
}

// ---- k26_reshape: %27 = reshape(%conv_block2.conv2d1.weight)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 32u * 400u) { return; }
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
  let rows = (params.n * 256u * 32u) / 32u;
  let inner = 400u;
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
      tileA[(e % 16u) * 32u + e / 16u] = select(0.0, in0[(min(ar, rows - 1u)) * 400u + min(ap, inner - 1u)], ar < rows && ap < inner);
      let bp = p0 + e % 16u;
      let bc = tc + e / 16u;
      tileB[(e % 16u) * 32u + e / 16u] = select(0.0, in1[(min(bc, 31u)) * 400u + min(bp, inner - 1u)], bp < inner && bc < 32u);
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

// ---- k28_transpose: %29 = transpose(%28)
// transpose
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 32u * 256u) { return; }
  var o_rest = i;
  let o2 = o_rest % 256u;
  o_rest = o_rest / 256u;
  let o1 = o_rest % 32u;
  o_rest = o_rest / 32u;
  let o0 = o_rest % params.n;
  o_rest = o_rest / params.n;
  out[i] = in0[o0 * 32u * 256u + o1 * 1u + o2 * 32u];
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
  if (i >= params.n * 32u * 16u * 16u) { return; }
  out[i] = in0[i];
}

// ---- k30_reshape: %31 = reshape(%conv_block2.conv2d1.bias)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 32u * 1u * 1u) { return; }
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
  if (i >= params.n * 32u * 16u * 16u) { return; }
  var o_rest = i;
  let o3 = o_rest % 16u;
  o_rest = o_rest / 16u;
  let o2 = o_rest % 16u;
  o_rest = o_rest / 16u;
  let o1 = o_rest % 32u;
  o_rest = o_rest / 32u;
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
  if (i >= params.n * 32u * 16u * 16u) { return; }
  let l0 = in0[i];
  out[i] = max(l0, 0.0);
}

// ---- k33_maxpool: %34 = maxpool(%33)
// maxpool
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 32u * 8u * 8u) { return; }
  let ox = i % 8u;
  let oy = (i / 8u) % 8u;
  let c = (i / 64u) % 32u;
  let n = i / 2048u;
  var best = 0u;
  var bestV = 0.0;
  var found = false;
  for (var ey = 0u; ey < 2u; ey++) {
    let py = i32(oy * 2u + ey) - 0i;
    if (py < 0 || py >= 16i) { continue; }
    for (var ex = 0u; ex < 2u; ex++) {
      let px = i32(ox * 2u + ex) - 0i;
      if (px < 0 || px >= 16i) { continue; }
      let at = ((n * 32u + c) * 16u + u32(py)) * 16u + u32(px);
      let v = in0[at];
      if (!found || v > bestV || (v != v && bestV == bestV)) { best = at; bestV = v; found = true; }
    }
  }
  out[i] = in0[best];
}

// ---- k34_im2col: %35 = im2col(%34)
// im2col
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 64u * 288u) { return; }
  let q = i % 288u;
  let p = (i / 288u) % 64u;
  let n = i / 18432u;
  let kx = q % 3u;
  let ky = (q / 3u) % 3u;
  let c = q / 9u;
  let iy = i32((p / 8u) * 1u + ky) - 1i;
  let ix = i32((p % 8u) * 1u + kx) - 1i;
  let inside = iy >= 0 && iy < 8i && ix >= 0 && ix < 8i;
  let at = ((n * 32u + c) * 8u + u32(clamp(iy, 0i, 7i))) * 8u + u32(clamp(ix, 0i, 7i));
  out[i] = select(0.0, in0[at], inside);
}

// ---- k35_reshape: %36 = reshape(%block.conv2d1.weight)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 32u * 288u) { return; }
  out[i] = in0[i];
}

// ---- k36_matmul: %37 = matmul(%35, %36)
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
  let rows = (params.n * 64u * 32u) / 32u;
  let inner = 288u;
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
      tileA[(e % 16u) * 32u + e / 16u] = select(0.0, in0[(min(ar, rows - 1u)) * 288u + min(ap, inner - 1u)], ar < rows && ap < inner);
      let bp = p0 + e % 16u;
      let bc = tc + e / 16u;
      tileB[(e % 16u) * 32u + e / 16u] = select(0.0, in1[(min(bc, 31u)) * 288u + min(bp, inner - 1u)], bp < inner && bc < 32u);
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

// ---- k37_transpose: %38 = transpose(%37)
// transpose
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 32u * 64u) { return; }
  var o_rest = i;
  let o2 = o_rest % 64u;
  o_rest = o_rest / 64u;
  let o1 = o_rest % 32u;
  o_rest = o_rest / 32u;
  let o0 = o_rest % params.n;
  o_rest = o_rest / params.n;
  out[i] = in0[o0 * 32u * 64u + o1 * 1u + o2 * 32u];
}

// ---- k38_reshape: %39 = reshape(%38)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 32u * 8u * 8u) { return; }
  out[i] = in0[i];
}

// ---- k39_reshape: %40 = reshape(%block.conv2d1.bias)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 32u * 1u * 1u) { return; }
  out[i] = in0[i];
}

// ---- k40_add: %41 = add(%39, %40)
// add
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 32u * 8u * 8u) { return; }
  var o_rest = i;
  let o3 = o_rest % 8u;
  o_rest = o_rest / 8u;
  let o2 = o_rest % 8u;
  o_rest = o_rest / 8u;
  let o1 = o_rest % 32u;
  o_rest = o_rest / 32u;
  let o0 = o_rest % params.n;
  o_rest = o_rest / params.n;
  let l0 = in0[i];
  let l1 = in1[o1 * 1u];
  out[i] = (l0 + l1);
}

// ---- k41_relu: %42 = relu(%41)
// relu
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 32u * 8u * 8u) { return; }
  let l0 = in0[i];
  out[i] = max(l0, 0.0);
}

// ---- k42_im2col: %43 = im2col(%42)
// im2col
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 64u * 288u) { return; }
  let q = i % 288u;
  let p = (i / 288u) % 64u;
  let n = i / 18432u;
  let kx = q % 3u;
  let ky = (q / 3u) % 3u;
  let c = q / 9u;
  let iy = i32((p / 8u) * 1u + ky) - 1i;
  let ix = i32((p % 8u) * 1u + kx) - 1i;
  let inside = iy >= 0 && iy < 8i && ix >= 0 && ix < 8i;
  let at = ((n * 32u + c) * 8u + u32(clamp(iy, 0i, 7i))) * 8u + u32(clamp(ix, 0i, 7i));
  out[i] = select(0.0, in0[at], inside);
}

// ---- k43_reshape: %44 = reshape(%block.conv2d2.weight)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 32u * 288u) { return; }
  out[i] = in0[i];
}

// ---- k44_matmul: %45 = matmul(%43, %44)
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
  let rows = (params.n * 64u * 32u) / 32u;
  let inner = 288u;
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
      tileA[(e % 16u) * 32u + e / 16u] = select(0.0, in0[(min(ar, rows - 1u)) * 288u + min(ap, inner - 1u)], ar < rows && ap < inner);
      let bp = p0 + e % 16u;
      let bc = tc + e / 16u;
      tileB[(e % 16u) * 32u + e / 16u] = select(0.0, in1[(min(bc, 31u)) * 288u + min(bp, inner - 1u)], bp < inner && bc < 32u);
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

// ---- k45_transpose: %46 = transpose(%45)
// transpose
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 32u * 64u) { return; }
  var o_rest = i;
  let o2 = o_rest % 64u;
  o_rest = o_rest / 64u;
  let o1 = o_rest % 32u;
  o_rest = o_rest / 32u;
  let o0 = o_rest % params.n;
  o_rest = o_rest / params.n;
  out[i] = in0[o0 * 32u * 64u + o1 * 1u + o2 * 32u];
}

// ---- k46_reshape: %47 = reshape(%46)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 32u * 8u * 8u) { return; }
  out[i] = in0[i];
}

// ---- k47_reshape: %48 = reshape(%block.conv2d2.bias)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 32u * 1u * 1u) { return; }
  out[i] = in0[i];
}

// ---- k48_fused_add_add: %50 = add(%47, %48, %34)
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
  if (i >= params.n * 32u * 8u * 8u) { return; }
  var o_rest = i;
  let o3 = o_rest % 8u;
  o_rest = o_rest / 8u;
  let o2 = o_rest % 8u;
  o_rest = o_rest / 8u;
  let o1 = o_rest % 32u;
  o_rest = o_rest / 32u;
  let o0 = o_rest % params.n;
  o_rest = o_rest / params.n;
  let l0 = in0[i];
  let l1 = in1[o1 * 1u];
  let l2 = in2[i];
  let t0 = (l0 + l1);
  out[i] = (l2 + t0);
}

// ---- k49_relu: %51 = relu(%50)
// relu
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 32u * 8u * 8u) { return; }
  let l0 = in0[i];
  out[i] = max(l0, 0.0);
}

// ---- k50_reshape: %52 = reshape(%51)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 2048u) { return; }
  out[i] = in0[i];
}

// ---- k51_matmul: %53 = matmul(%52, %linear1.weight)
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
  let inner = 2048u;
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
      tileA[(e % 16u) * 32u + e / 16u] = select(0.0, in0[(min(ar, rows - 1u)) * 2048u + min(ap, inner - 1u)], ar < rows && ap < inner);
      let bp = p0 + e % 16u;
      let bc = tc + e / 16u;
      tileB[(e % 16u) * 32u + e / 16u] = select(0.0, in1[(min(bc, 9u)) * 2048u + min(bp, inner - 1u)], bp < inner && bc < 10u);
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

// ---- k52_add: %54 = add(%53, %linear1.bias)
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

// ---- k53_reduce_max: %55 = reduce_max(%54)
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

// ---- k54_stop_gradient: %56 = stop_gradient(%55)
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

// ---- k56_exp: %58 = exp(%57)
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

// ---- k57_reduce_sum: %59 = reduce_sum(%58)
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

// ---- k58_log: %60 = log(%59)
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

// ---- k59_one_hot: %61 = one_hot(%label)
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

// ---- k60_reshape: %62 = reshape(%60)
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

// ---- k61_mul: %63 = mul(%57, %61)
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

// ---- k62_reduce_sum: %64 = reduce_sum(%63)
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

// ---- k63_sub: %65 = sub(%62, %64)
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

// ---- k64_reduce_sum: %66 = reduce_sum(%65)
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

// ---- k65_batch_size: %67 = batch_size()
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

// ---- k66_div: %68 = div(%66, %67)
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

// ---- k67_argmax: %69 = argmax(%54)
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

// ---- k68_cast: %70 = cast(%69)
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

// ---- k69_cast: %71 = cast(%label)
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

// ---- k70_equal: %72 = equal(%70, %71)
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

// ---- k71_reduce_sum: %73 = reduce_sum(%72)
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

// ---- k72_constant: %74 = constant()
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

// ---- k73_div: %75 = div(%74, %67)
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

// ---- k74_reshape: %76 = reshape(%75)
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

// ---- k75_broadcast: %77 = broadcast(%76)
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

// ---- k76_neg: %78 = neg(%77)
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

// ---- k77_reshape: %79 = reshape(%78)
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

// ---- k78_broadcast: %80 = broadcast(%79)
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

// ---- k79_reshape: %82 = reshape(%77)
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

// ---- k80_div: %83 = div(%82, %59)
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

// ---- k81_broadcast: %84 = broadcast(%83)
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

// ---- k82_fused_mul_mul_add: %86 = add(%80, %61, %84, %58)
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

// ---- k83_reduce_sum: %87 = reduce_sum(%86)
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

// ---- k84_reshape: %88 = reshape(%87)
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

// ---- k85_matmul: %89 = matmul(%86, %linear1.weight)
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
  let rows = (params.n * 2048u) / 2048u;
  let inner = 10u;
  let group = i / 64u;
  let lane = i % 64u;
  let tr = (group / 64u) * 32u;
  let tc = (group % 64u) * 32u;
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
      tileB[(e / 32u) * 32u + e % 32u] = select(0.0, in1[(min(bp, inner - 1u)) * 2048u + min(bc, 2047u)], bp < inner && bc < 2048u);
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
  if (r0 + 0u < rows && c0 + 0u < 2048u) { out[(r0 + 0u) * 2048u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 2048u) { out[(r0 + 0u) * 2048u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 2048u) { out[(r0 + 0u) * 2048u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 2048u) { out[(r0 + 0u) * 2048u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 2048u) { out[(r0 + 1u) * 2048u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 2048u) { out[(r0 + 1u) * 2048u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 2048u) { out[(r0 + 1u) * 2048u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 2048u) { out[(r0 + 1u) * 2048u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 2048u) { out[(r0 + 2u) * 2048u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 2048u) { out[(r0 + 2u) * 2048u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 2048u) { out[(r0 + 2u) * 2048u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 2048u) { out[(r0 + 2u) * 2048u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 2048u) { out[(r0 + 3u) * 2048u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 2048u) { out[(r0 + 3u) * 2048u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 2048u) { out[(r0 + 3u) * 2048u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 2048u) { out[(r0 + 3u) * 2048u + c0 + 3u] = acc3[3]; }
}

// ---- k86_matmul: %90 = matmul(%86, %52)
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
  let tr = (group / 64u) * 32u;
  let tc = (group % 64u) * 32u;
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
      tileB[(e / 32u) * 32u + e % 32u] = select(0.0, in1[(min(bp, inner - 1u)) * 2048u + min(bc, 2047u)], bp < inner && bc < 2048u);
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
  if (r0 + 0u < rows && c0 + 0u < 2048u) { out[(r0 + 0u) * 2048u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 2048u) { out[(r0 + 0u) * 2048u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 2048u) { out[(r0 + 0u) * 2048u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 2048u) { out[(r0 + 0u) * 2048u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 2048u) { out[(r0 + 1u) * 2048u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 2048u) { out[(r0 + 1u) * 2048u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 2048u) { out[(r0 + 1u) * 2048u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 2048u) { out[(r0 + 1u) * 2048u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 2048u) { out[(r0 + 2u) * 2048u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 2048u) { out[(r0 + 2u) * 2048u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 2048u) { out[(r0 + 2u) * 2048u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 2048u) { out[(r0 + 2u) * 2048u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 2048u) { out[(r0 + 3u) * 2048u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 2048u) { out[(r0 + 3u) * 2048u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 2048u) { out[(r0 + 3u) * 2048u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 2048u) { out[(r0 + 3u) * 2048u + c0 + 3u] = acc3[3]; }
}

// ---- k87_reshape: %91 = reshape(%89)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 32u * 8u * 8u) { return; }
  out[i] = in0[i];
}

// ---- k88_fused_step_mul: %93 = mul(%50, %91)
// step → mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 32u * 8u * 8u) { return; }
  let l0 = in0[i];
  let l1 = in1[i];
  let t0 = select(0.0, 1.0, l0 > 0.0);
  out[i] = (l1 * t0);
}

// ---- k89_reduce_sum: %94 = reduce_sum(%93)
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
  let live = o < 1u * 32u * 1u * 1u;
  var o_rest = min(o, 1u * 32u * 1u * 1u - 1u);
  let o3 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let o2 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let o1 = o_rest % 32u;
  o_rest = o_rest / 32u;
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
      let v = in0[base + r0 * 8u * 8u * 32u + r2 * 8u + r3 * 1u];
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

// ---- k90_reshape: %95 = reshape(%94)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 32u * 1u * 1u) { return; }
  out[i] = in0[i];
}

// ---- k91_reshape: %96 = reshape(%95)
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

// ---- k92_reshape: %97 = reshape(%93)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 32u * 64u) { return; }
  out[i] = in0[i];
}

// ---- k93_transpose: %98 = transpose(%97)
// transpose
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 64u * 32u) { return; }
  var o_rest = i;
  let o2 = o_rest % 32u;
  o_rest = o_rest / 32u;
  let o1 = o_rest % 64u;
  o_rest = o_rest / 64u;
  let o0 = o_rest % params.n;
  o_rest = o_rest / params.n;
  out[i] = in0[o0 * 64u * 32u + o1 * 1u + o2 * 64u];
}

// ---- k94_matmul: %99 = matmul(%98, %44)
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
  let rows = (params.n * 64u * 288u) / 288u;
  let inner = 32u;
  let group = i / 64u;
  let lane = i % 64u;
  let tr = (group / 9u) * 32u;
  let tc = (group % 9u) * 32u;
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
      tileB[(e / 32u) * 32u + e % 32u] = select(0.0, in1[(min(bp, inner - 1u)) * 288u + min(bc, 287u)], bp < inner && bc < 288u);
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
  if (r0 + 0u < rows && c0 + 0u < 288u) { out[(r0 + 0u) * 288u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 288u) { out[(r0 + 0u) * 288u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 288u) { out[(r0 + 0u) * 288u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 288u) { out[(r0 + 0u) * 288u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 288u) { out[(r0 + 1u) * 288u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 288u) { out[(r0 + 1u) * 288u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 288u) { out[(r0 + 1u) * 288u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 288u) { out[(r0 + 1u) * 288u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 288u) { out[(r0 + 2u) * 288u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 288u) { out[(r0 + 2u) * 288u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 288u) { out[(r0 + 2u) * 288u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 288u) { out[(r0 + 2u) * 288u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 288u) { out[(r0 + 3u) * 288u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 288u) { out[(r0 + 3u) * 288u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 288u) { out[(r0 + 3u) * 288u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 288u) { out[(r0 + 3u) * 288u + c0 + 3u] = acc3[3]; }
}

// ---- k95_matmul: %100 = matmul(%98, %43)
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
  let inner = params.n * 64u;
  let group = i / 64u;
  let lane = i % 64u;
  let tr = (group / 9u) * 32u;
  let tc = (group % 9u) * 32u;
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
      tileB[(e / 32u) * 32u + e % 32u] = select(0.0, in1[(min(bp, inner - 1u)) * 288u + min(bc, 287u)], bp < inner && bc < 288u);
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
  if (r0 + 0u < rows && c0 + 0u < 288u) { out[(r0 + 0u) * 288u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 288u) { out[(r0 + 0u) * 288u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 288u) { out[(r0 + 0u) * 288u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 288u) { out[(r0 + 0u) * 288u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 288u) { out[(r0 + 1u) * 288u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 288u) { out[(r0 + 1u) * 288u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 288u) { out[(r0 + 1u) * 288u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 288u) { out[(r0 + 1u) * 288u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 288u) { out[(r0 + 2u) * 288u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 288u) { out[(r0 + 2u) * 288u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 288u) { out[(r0 + 2u) * 288u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 288u) { out[(r0 + 2u) * 288u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 288u) { out[(r0 + 3u) * 288u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 288u) { out[(r0 + 3u) * 288u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 288u) { out[(r0 + 3u) * 288u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 288u) { out[(r0 + 3u) * 288u + c0 + 3u] = acc3[3]; }
}

// ---- k96_reshape: %101 = reshape(%100)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 32u * 32u * 3u * 3u) { return; }
  out[i] = in0[i];
}

// ---- k97_col2im: %102 = col2im(%99)
// col2im
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 32u * 8u * 8u) { return; }
  let ix = i % 8u;
  let iy = (i / 8u) % 8u;
  let c = (i / 64u) % 32u;
  let n = i / 2048u;
  var acc = 0.0;
  for (var ky = 0u; ky < 3u; ky++) {
    let ty = i32(iy) + 1i - i32(ky);
    if (ty < 0 || ty % 1i != 0 || ty / 1i >= 8i) { continue; }
    let oy = u32(ty / 1i);
    for (var kx = 0u; kx < 3u; kx++) {
      let tx = i32(ix) + 1i - i32(kx);
      if (tx < 0 || tx % 1i != 0 || tx / 1i >= 8i) { continue; }
      let ox = u32(tx / 1i);
      acc += in0[(n * 64u + oy * 8u + ox) * 288u + (c * 3u + ky) * 3u + kx];
    }
  }
  out[i] = acc;
}

// ---- k98_fused_step_mul: %104 = mul(%41, %102)
// step → mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 32u * 8u * 8u) { return; }
  let l0 = in0[i];
  let l1 = in1[i];
  let t0 = select(0.0, 1.0, l0 > 0.0);
  out[i] = (l1 * t0);
}

// ---- k99_reduce_sum: %105 = reduce_sum(%104)
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
  let live = o < 1u * 32u * 1u * 1u;
  var o_rest = min(o, 1u * 32u * 1u * 1u - 1u);
  let o3 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let o2 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let o1 = o_rest % 32u;
  o_rest = o_rest / 32u;
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
      let v = in0[base + r0 * 8u * 8u * 32u + r2 * 8u + r3 * 1u];
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

// ---- k100_reshape: %106 = reshape(%105)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 32u * 1u * 1u) { return; }
  out[i] = in0[i];
}

// ---- k101_reshape: %107 = reshape(%106)
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

// ---- k102_reshape: %108 = reshape(%104)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 32u * 64u) { return; }
  out[i] = in0[i];
}

// ---- k103_transpose: %109 = transpose(%108)
// transpose
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 64u * 32u) { return; }
  var o_rest = i;
  let o2 = o_rest % 32u;
  o_rest = o_rest / 32u;
  let o1 = o_rest % 64u;
  o_rest = o_rest / 64u;
  let o0 = o_rest % params.n;
  o_rest = o_rest / params.n;
  out[i] = in0[o0 * 64u * 32u + o1 * 1u + o2 * 64u];
}

// ---- k104_matmul: %110 = matmul(%109, %36)
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
  let rows = (params.n * 64u * 288u) / 288u;
  let inner = 32u;
  let group = i / 64u;
  let lane = i % 64u;
  let tr = (group / 9u) * 32u;
  let tc = (group % 9u) * 32u;
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
      tileB[(e / 32u) * 32u + e % 32u] = select(0.0, in1[(min(bp, inner - 1u)) * 288u + min(bc, 287u)], bp < inner && bc < 288u);
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
  if (r0 + 0u < rows && c0 + 0u < 288u) { out[(r0 + 0u) * 288u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 288u) { out[(r0 + 0u) * 288u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 288u) { out[(r0 + 0u) * 288u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 288u) { out[(r0 + 0u) * 288u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 288u) { out[(r0 + 1u) * 288u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 288u) { out[(r0 + 1u) * 288u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 288u) { out[(r0 + 1u) * 288u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 288u) { out[(r0 + 1u) * 288u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 288u) { out[(r0 + 2u) * 288u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 288u) { out[(r0 + 2u) * 288u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 288u) { out[(r0 + 2u) * 288u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 288u) { out[(r0 + 2u) * 288u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 288u) { out[(r0 + 3u) * 288u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 288u) { out[(r0 + 3u) * 288u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 288u) { out[(r0 + 3u) * 288u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 288u) { out[(r0 + 3u) * 288u + c0 + 3u] = acc3[3]; }
}

// ---- k105_matmul: %111 = matmul(%109, %35)
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
  let inner = params.n * 64u;
  let group = i / 64u;
  let lane = i % 64u;
  let tr = (group / 9u) * 32u;
  let tc = (group % 9u) * 32u;
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
      tileB[(e / 32u) * 32u + e % 32u] = select(0.0, in1[(min(bp, inner - 1u)) * 288u + min(bc, 287u)], bp < inner && bc < 288u);
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
  if (r0 + 0u < rows && c0 + 0u < 288u) { out[(r0 + 0u) * 288u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 288u) { out[(r0 + 0u) * 288u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 288u) { out[(r0 + 0u) * 288u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 288u) { out[(r0 + 0u) * 288u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 288u) { out[(r0 + 1u) * 288u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 288u) { out[(r0 + 1u) * 288u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 288u) { out[(r0 + 1u) * 288u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 288u) { out[(r0 + 1u) * 288u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 288u) { out[(r0 + 2u) * 288u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 288u) { out[(r0 + 2u) * 288u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 288u) { out[(r0 + 2u) * 288u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 288u) { out[(r0 + 2u) * 288u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 288u) { out[(r0 + 3u) * 288u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 288u) { out[(r0 + 3u) * 288u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 288u) { out[(r0 + 3u) * 288u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 288u) { out[(r0 + 3u) * 288u + c0 + 3u] = acc3[3]; }
}

// ---- k106_reshape: %112 = reshape(%111)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 32u * 32u * 3u * 3u) { return; }
  out[i] = in0[i];
}

// ---- k107_col2im: %113 = col2im(%110)
// col2im
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 32u * 8u * 8u) { return; }
  let ix = i % 8u;
  let iy = (i / 8u) % 8u;
  let c = (i / 64u) % 32u;
  let n = i / 2048u;
  var acc = 0.0;
  for (var ky = 0u; ky < 3u; ky++) {
    let ty = i32(iy) + 1i - i32(ky);
    if (ty < 0 || ty % 1i != 0 || ty / 1i >= 8i) { continue; }
    let oy = u32(ty / 1i);
    for (var kx = 0u; kx < 3u; kx++) {
      let tx = i32(ix) + 1i - i32(kx);
      if (tx < 0 || tx % 1i != 0 || tx / 1i >= 8i) { continue; }
      let ox = u32(tx / 1i);
      acc += in0[(n * 64u + oy * 8u + ox) * 288u + (c * 3u + ky) * 3u + kx];
    }
  }
  out[i] = acc;
}

// ---- k108_add: %114 = add(%93, %113)
// add
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 32u * 8u * 8u) { return; }
  let l0 = in0[i];
  let l1 = in1[i];
  out[i] = (l0 + l1);
}

// ---- k109_maxpool_backward: %115 = maxpool_backward(%33, %114)
// maxpool_backward
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 32u * 16u * 16u) { return; }
  let ix = i % 16u;
  let iy = (i / 16u) % 16u;
  let c = (i / 256u) % 32u;
  let n = i / 8192u;
  var acc = 0.0;
  for (var ky = 0u; ky < 2u; ky++) {
    let ty = i32(iy) + 0i - i32(ky);
    if (ty < 0 || ty % 2i != 0 || ty / 2i >= 8i) { continue; }
    let oy = u32(ty / 2i);
    for (var kx = 0u; kx < 2u; kx++) {
      let tx = i32(ix) + 0i - i32(kx);
      if (tx < 0 || tx % 2i != 0 || tx / 2i >= 8i) { continue; }
      let ox = u32(tx / 2i);
      var best = 0u;
  var bestV = 0.0;
  var found = false;
  for (var ey = 0u; ey < 2u; ey++) {
    let py = i32(oy * 2u + ey) - 0i;
    if (py < 0 || py >= 16i) { continue; }
    for (var ex = 0u; ex < 2u; ex++) {
      let px = i32(ox * 2u + ex) - 0i;
      if (px < 0 || px >= 16i) { continue; }
      let at = ((n * 32u + c) * 16u + u32(py)) * 16u + u32(px);
      let v = in0[at];
      if (!found || v > bestV || (v != v && bestV == bestV)) { best = at; bestV = v; found = true; }
    }
  }
    if (best == i) { acc += in1[((n * 32u + c) * 8u + oy) * 8u + ox]; }
    }
  }
  out[i] = acc;
}

// ---- k110_fused_step_mul: %117 = mul(%32, %115)
// step → mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 32u * 16u * 16u) { return; }
  let l0 = in0[i];
  let l1 = in1[i];
  let t0 = select(0.0, 1.0, l0 > 0.0);
  out[i] = (l1 * t0);
}

// ---- k111_reduce_sum: %118 = reduce_sum(%117)
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
  let live = o < 1u * 32u * 1u * 1u;
  var o_rest = min(o, 1u * 32u * 1u * 1u - 1u);
  let o3 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let o2 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let o1 = o_rest % 32u;
  o_rest = o_rest / 32u;
  let o0 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let base = o1 * 16u * 16u;
  var acc = 0.0;
  if (live) {
    for (var e = lane; e < params.n * 16u * 16u; e += 64u) {
      var rest = e;
      let r3 = rest % 16u;
      rest = rest / 16u;
      let r2 = rest % 16u;
      rest = rest / 16u;
      let r0 = rest % params.n;
      rest = rest / params.n;
      let v = in0[base + r0 * 16u * 16u * 32u + r2 * 16u + r3 * 1u];
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

// ---- k112_reshape: %119 = reshape(%118)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 32u * 1u * 1u) { return; }
  out[i] = in0[i];
}

// ---- k113_reshape: %120 = reshape(%119)
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

// ---- k114_reshape: %121 = reshape(%117)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 32u * 256u) { return; }
  out[i] = in0[i];
}

// ---- k115_transpose: %122 = transpose(%121)
// transpose
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 256u * 32u) { return; }
  var o_rest = i;
  let o2 = o_rest % 32u;
  o_rest = o_rest / 32u;
  let o1 = o_rest % 256u;
  o_rest = o_rest / 256u;
  let o0 = o_rest % params.n;
  o_rest = o_rest / params.n;
  out[i] = in0[o0 * 256u * 32u + o1 * 1u + o2 * 256u];
}

// ---- k116_matmul: %123 = matmul(%122, %27)
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
  let rows = (params.n * 256u * 400u) / 400u;
  let inner = 32u;
  let group = i / 64u;
  let lane = i % 64u;
  let tr = (group / 13u) * 32u;
  let tc = (group % 13u) * 32u;
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
      tileB[(e / 32u) * 32u + e % 32u] = select(0.0, in1[(min(bp, inner - 1u)) * 400u + min(bc, 399u)], bp < inner && bc < 400u);
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
  if (r0 + 0u < rows && c0 + 0u < 400u) { out[(r0 + 0u) * 400u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 400u) { out[(r0 + 0u) * 400u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 400u) { out[(r0 + 0u) * 400u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 400u) { out[(r0 + 0u) * 400u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 400u) { out[(r0 + 1u) * 400u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 400u) { out[(r0 + 1u) * 400u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 400u) { out[(r0 + 1u) * 400u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 400u) { out[(r0 + 1u) * 400u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 400u) { out[(r0 + 2u) * 400u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 400u) { out[(r0 + 2u) * 400u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 400u) { out[(r0 + 2u) * 400u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 400u) { out[(r0 + 2u) * 400u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 400u) { out[(r0 + 3u) * 400u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 400u) { out[(r0 + 3u) * 400u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 400u) { out[(r0 + 3u) * 400u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 400u) { out[(r0 + 3u) * 400u + c0 + 3u] = acc3[3]; }
}

// ---- k117_matmul: %124 = matmul(%122, %26)
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
  let inner = params.n * 256u;
  let group = i / 64u;
  let lane = i % 64u;
  let tr = (group / 13u) * 32u;
  let tc = (group % 13u) * 32u;
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
      tileB[(e / 32u) * 32u + e % 32u] = select(0.0, in1[(min(bp, inner - 1u)) * 400u + min(bc, 399u)], bp < inner && bc < 400u);
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
  if (r0 + 0u < rows && c0 + 0u < 400u) { out[(r0 + 0u) * 400u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 400u) { out[(r0 + 0u) * 400u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 400u) { out[(r0 + 0u) * 400u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 400u) { out[(r0 + 0u) * 400u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 400u) { out[(r0 + 1u) * 400u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 400u) { out[(r0 + 1u) * 400u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 400u) { out[(r0 + 1u) * 400u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 400u) { out[(r0 + 1u) * 400u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 400u) { out[(r0 + 2u) * 400u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 400u) { out[(r0 + 2u) * 400u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 400u) { out[(r0 + 2u) * 400u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 400u) { out[(r0 + 2u) * 400u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 400u) { out[(r0 + 3u) * 400u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 400u) { out[(r0 + 3u) * 400u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 400u) { out[(r0 + 3u) * 400u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 400u) { out[(r0 + 3u) * 400u + c0 + 3u] = acc3[3]; }
}

// ---- k118_reshape: %125 = reshape(%124)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 32u * 16u * 5u * 5u) { return; }
  out[i] = in0[i];
}

// ---- k119_col2im: %126 = col2im(%123)
// col2im
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 16u * 16u * 16u) { return; }
  let ix = i % 16u;
  let iy = (i / 16u) % 16u;
  let c = (i / 256u) % 16u;
  let n = i / 4096u;
  var acc = 0.0;
  for (var ky = 0u; ky < 5u; ky++) {
    let ty = i32(iy) + 2i - i32(ky);
    if (ty < 0 || ty % 1i != 0 || ty / 1i >= 16i) { continue; }
    let oy = u32(ty / 1i);
    for (var kx = 0u; kx < 5u; kx++) {
      let tx = i32(ix) + 2i - i32(kx);
      if (tx < 0 || tx % 1i != 0 || tx / 1i >= 16i) { continue; }
      let ox = u32(tx / 1i);
      acc += in0[(n * 256u + oy * 16u + ox) * 400u + (c * 5u + ky) * 5u + kx];
    }
  }
  out[i] = acc;
}

// ---- k120_fused_step_mul: %128 = mul(%24, %126)
// step → mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 16u * 16u * 16u) { return; }
  let l0 = in0[i];
  let l1 = in1[i];
  let t0 = select(0.0, 1.0, l0 > 0.0);
  out[i] = (l1 * t0);
}

// ---- k121_reduce_sum: %129 = reduce_sum(%128)
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
  let base = o1 * 16u * 16u;
  var acc = 0.0;
  if (live) {
    for (var e = lane; e < params.n * 16u * 16u; e += 64u) {
      var rest = e;
      let r3 = rest % 16u;
      rest = rest / 16u;
      let r2 = rest % 16u;
      rest = rest / 16u;
      let r0 = rest % params.n;
      rest = rest / params.n;
      let v = in0[base + r0 * 16u * 16u * 16u + r2 * 16u + r3 * 1u];
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

// ---- k122_reshape: %130 = reshape(%129)
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

// ---- k123_reshape: %131 = reshape(%130)
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

// ---- k124_reshape: %132 = reshape(%128)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 16u * 256u) { return; }
  out[i] = in0[i];
}

// ---- k125_transpose: %133 = transpose(%132)
// transpose
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 256u * 16u) { return; }
  var o_rest = i;
  let o2 = o_rest % 16u;
  o_rest = o_rest / 16u;
  let o1 = o_rest % 256u;
  o_rest = o_rest / 256u;
  let o0 = o_rest % params.n;
  o_rest = o_rest / params.n;
  out[i] = in0[o0 * 256u * 16u + o1 * 1u + o2 * 256u];
}

// ---- k126_matmul: %134 = matmul(%133, %18)
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
  let rows = (params.n * 256u * 144u) / 144u;
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

// ---- k127_matmul: %135 = matmul(%133, %17)
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
  let inner = params.n * 256u;
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

// ---- k128_reshape: %136 = reshape(%135)
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

// ---- k129_col2im: %137 = col2im(%134)
// col2im
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 16u * 16u * 16u) { return; }
  let ix = i % 16u;
  let iy = (i / 16u) % 16u;
  let c = (i / 256u) % 16u;
  let n = i / 4096u;
  var acc = 0.0;
  for (var ky = 0u; ky < 3u; ky++) {
    let ty = i32(iy) + 1i - i32(ky);
    if (ty < 0 || ty % 1i != 0 || ty / 1i >= 16i) { continue; }
    let oy = u32(ty / 1i);
    for (var kx = 0u; kx < 3u; kx++) {
      let tx = i32(ix) + 1i - i32(kx);
      if (tx < 0 || tx % 1i != 0 || tx / 1i >= 16i) { continue; }
      let ox = u32(tx / 1i);
      acc += in0[(n * 256u + oy * 16u + ox) * 144u + (c * 3u + ky) * 3u + kx];
    }
  }
  out[i] = acc;
}

// ---- k130_fused_step_mul: %139 = mul(%15, %137)
// step → mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 16u * 16u * 16u) { return; }
  let l0 = in0[i];
  let l1 = in1[i];
  let t0 = select(0.0, 1.0, l0 > 0.0);
  out[i] = (l1 * t0);
}

// ---- k131_reduce_sum: %140 = reduce_sum(%139)
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
  let base = o1 * 16u * 16u;
  var acc = 0.0;
  if (live) {
    for (var e = lane; e < params.n * 16u * 16u; e += 64u) {
      var rest = e;
      let r3 = rest % 16u;
      rest = rest / 16u;
      let r2 = rest % 16u;
      rest = rest / 16u;
      let r0 = rest % params.n;
      rest = rest / params.n;
      let v = in0[base + r0 * 16u * 16u * 16u + r2 * 16u + r3 * 1u];
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

// ---- k132_reshape: %141 = reshape(%140)
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

// ---- k133_reshape: %142 = reshape(%141)
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

// ---- k134_reshape: %143 = reshape(%139)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 16u * 256u) { return; }
  out[i] = in0[i];
}

// ---- k135_transpose: %144 = transpose(%143)
// transpose
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 256u * 16u) { return; }
  var o_rest = i;
  let o2 = o_rest % 16u;
  o_rest = o_rest / 16u;
  let o1 = o_rest % 256u;
  o_rest = o_rest / 256u;
  let o0 = o_rest % params.n;
  o_rest = o_rest / params.n;
  out[i] = in0[o0 * 256u * 16u + o1 * 1u + o2 * 256u];
}

// ---- k136_matmul: %145 = matmul(%144, %10)
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
  let rows = (params.n * 256u * 144u) / 144u;
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

// ---- k137_matmul: %146 = matmul(%144, %9)
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
  let inner = params.n * 256u;
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

// ---- k138_reshape: %147 = reshape(%146)
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

// ---- k139_col2im: %148 = col2im(%145)
// col2im
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 16u * 16u * 16u) { return; }
  let ix = i % 16u;
  let iy = (i / 16u) % 16u;
  let c = (i / 256u) % 16u;
  let n = i / 4096u;
  var acc = 0.0;
  for (var ky = 0u; ky < 3u; ky++) {
    let ty = i32(iy) + 1i - i32(ky);
    if (ty < 0 || ty % 1i != 0 || ty / 1i >= 16i) { continue; }
    let oy = u32(ty / 1i);
    for (var kx = 0u; kx < 3u; kx++) {
      let tx = i32(ix) + 1i - i32(kx);
      if (tx < 0 || tx % 1i != 0 || tx / 1i >= 16i) { continue; }
      let ox = u32(tx / 1i);
      acc += in0[(n * 256u + oy * 16u + ox) * 144u + (c * 3u + ky) * 3u + kx];
    }
  }
  out[i] = acc;
}

// ---- k140_add: %149 = add(%128, %148)
// add
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 16u * 16u * 16u) { return; }
  let l0 = in0[i];
  let l1 = in1[i];
  out[i] = (l0 + l1);
}

// ---- k141_maxpool_backward: %150 = maxpool_backward(%7, %149)
// maxpool_backward
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 16u * 32u * 32u) { return; }
  let ix = i % 32u;
  let iy = (i / 32u) % 32u;
  let c = (i / 1024u) % 16u;
  let n = i / 16384u;
  var acc = 0.0;
  for (var ky = 0u; ky < 2u; ky++) {
    let ty = i32(iy) + 0i - i32(ky);
    if (ty < 0 || ty % 2i != 0 || ty / 2i >= 16i) { continue; }
    let oy = u32(ty / 2i);
    for (var kx = 0u; kx < 2u; kx++) {
      let tx = i32(ix) + 0i - i32(kx);
      if (tx < 0 || tx % 2i != 0 || tx / 2i >= 16i) { continue; }
      let ox = u32(tx / 2i);
      var best = 0u;
  var bestV = 0.0;
  var found = false;
  for (var ey = 0u; ey < 2u; ey++) {
    let py = i32(oy * 2u + ey) - 0i;
    if (py < 0 || py >= 32i) { continue; }
    for (var ex = 0u; ex < 2u; ex++) {
      let px = i32(ox * 2u + ex) - 0i;
      if (px < 0 || px >= 32i) { continue; }
      let at = ((n * 16u + c) * 32u + u32(py)) * 32u + u32(px);
      let v = in0[at];
      if (!found || v > bestV || (v != v && bestV == bestV)) { best = at; bestV = v; found = true; }
    }
  }
    if (best == i) { acc += in1[((n * 16u + c) * 16u + oy) * 16u + ox]; }
    }
  }
  out[i] = acc;
}

// ---- k142_fused_step_mul: %152 = mul(%6, %150)
// step → mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 16u * 32u * 32u) { return; }
  let l0 = in0[i];
  let l1 = in1[i];
  let t0 = select(0.0, 1.0, l0 > 0.0);
  out[i] = (l1 * t0);
}

// ---- k143_reduce_sum: %153 = reduce_sum(%152)
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
  let base = o1 * 32u * 32u;
  var acc = 0.0;
  if (live) {
    for (var e = lane; e < params.n * 32u * 32u; e += 64u) {
      var rest = e;
      let r3 = rest % 32u;
      rest = rest / 32u;
      let r2 = rest % 32u;
      rest = rest / 32u;
      let r0 = rest % params.n;
      rest = rest / params.n;
      let v = in0[base + r0 * 32u * 32u * 16u + r2 * 32u + r3 * 1u];
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

// ---- k144_reshape: %154 = reshape(%153)
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

// ---- k145_reshape: %155 = reshape(%154)
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

// ---- k146_reshape: %156 = reshape(%152)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 16u * 1024u) { return; }
  out[i] = in0[i];
}

// ---- k147_transpose: %157 = transpose(%156)
// transpose
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 1024u * 16u) { return; }
  var o_rest = i;
  let o2 = o_rest % 16u;
  o_rest = o_rest / 16u;
  let o1 = o_rest % 1024u;
  o_rest = o_rest / 1024u;
  let o0 = o_rest % params.n;
  o_rest = o_rest / params.n;
  out[i] = in0[o0 * 1024u * 16u + o1 * 1u + o2 * 1024u];
}

// ---- k148_matmul: %158 = matmul(%157, %0)
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
  let inner = params.n * 1024u;
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
      tileB[(e / 32u) * 32u + e % 32u] = select(0.0, in1[(min(bp, inner - 1u)) * 27u + min(bc, 26u)], bp < inner && bc < 27u);
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
  if (r0 + 0u < rows && c0 + 0u < 27u) { out[(r0 + 0u) * 27u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 27u) { out[(r0 + 0u) * 27u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 27u) { out[(r0 + 0u) * 27u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 27u) { out[(r0 + 0u) * 27u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 27u) { out[(r0 + 1u) * 27u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 27u) { out[(r0 + 1u) * 27u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 27u) { out[(r0 + 1u) * 27u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 27u) { out[(r0 + 1u) * 27u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 27u) { out[(r0 + 2u) * 27u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 27u) { out[(r0 + 2u) * 27u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 27u) { out[(r0 + 2u) * 27u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 27u) { out[(r0 + 2u) * 27u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 27u) { out[(r0 + 3u) * 27u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 27u) { out[(r0 + 3u) * 27u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 27u) { out[(r0 + 3u) * 27u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 27u) { out[(r0 + 3u) * 27u + c0 + 3u] = acc3[3]; }
}

// ---- k149_reshape: %159 = reshape(%158)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 16u * 3u * 3u * 3u) { return; }
  out[i] = in0[i];
}

// ---- k150_constant: %160 = constant()
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

// ---- k151_fused_mul_add: %162 = add(%160, %momentum_buffer.conv_block1.conv2d1.weight, %159)
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
  if (i >= 16u * 3u * 3u * 3u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let t0 = (l0 * l1);
  out[i] = (t0 + l2);
}

// ---- k152_fused_mul_add_mul_sub: %166 = sub(%160, %162, %159, %lr, %conv_block1.conv2d1.weight)
// mul → add → mul → sub
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
  if (i >= 16u * 3u * 3u * 3u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let l3 = in3[0u];
  let l4 = in4[i];
  let t0 = (l0 * l1);
  let t1 = (l2 + t0);
  let t2 = (l3 * t1);
  out[i] = (l4 - t2);
}

// ---- k153_fused_mul_add: %168 = add(%160, %momentum_buffer.conv_block1.conv2d1.bias, %155)
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
  if (i >= 16u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let t0 = (l0 * l1);
  out[i] = (t0 + l2);
}

// ---- k154_fused_mul_add_mul_sub: %172 = sub(%160, %168, %155, %lr, %conv_block1.conv2d1.bias)
// mul → add → mul → sub
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
  if (i >= 16u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let l3 = in3[0u];
  let l4 = in4[i];
  let t0 = (l0 * l1);
  let t1 = (l2 + t0);
  let t2 = (l3 * t1);
  out[i] = (l4 - t2);
}

// ---- k155_fused_mul_add: %174 = add(%160, %momentum_buffer.residual1.conv2d1.weight, %147)
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
  if (i >= 16u * 16u * 3u * 3u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let t0 = (l0 * l1);
  out[i] = (t0 + l2);
}

// ---- k156_fused_mul_add_mul_sub: %178 = sub(%160, %174, %147, %lr, %residual1.conv2d1.weight)
// mul → add → mul → sub
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
  if (i >= 16u * 16u * 3u * 3u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let l3 = in3[0u];
  let l4 = in4[i];
  let t0 = (l0 * l1);
  let t1 = (l2 + t0);
  let t2 = (l3 * t1);
  out[i] = (l4 - t2);
}

// ---- k157_fused_mul_add: %180 = add(%160, %momentum_buffer.residual1.conv2d1.bias, %142)
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
  if (i >= 16u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let t0 = (l0 * l1);
  out[i] = (t0 + l2);
}

// ---- k158_fused_mul_add_mul_sub: %184 = sub(%160, %180, %142, %lr, %residual1.conv2d1.bias)
// mul → add → mul → sub
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
  if (i >= 16u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let l3 = in3[0u];
  let l4 = in4[i];
  let t0 = (l0 * l1);
  let t1 = (l2 + t0);
  let t2 = (l3 * t1);
  out[i] = (l4 - t2);
}

// ---- k159_fused_mul_add: %186 = add(%160, %momentum_buffer.residual1.conv2d2.weight, %136)
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
  if (i >= 16u * 16u * 3u * 3u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let t0 = (l0 * l1);
  out[i] = (t0 + l2);
}

// ---- k160_fused_mul_add_mul_sub: %190 = sub(%160, %186, %136, %lr, %residual1.conv2d2.weight)
// mul → add → mul → sub
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
  if (i >= 16u * 16u * 3u * 3u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let l3 = in3[0u];
  let l4 = in4[i];
  let t0 = (l0 * l1);
  let t1 = (l2 + t0);
  let t2 = (l3 * t1);
  out[i] = (l4 - t2);
}

// ---- k161_fused_mul_add: %192 = add(%160, %momentum_buffer.residual1.conv2d2.bias, %131)
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
  if (i >= 16u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let t0 = (l0 * l1);
  out[i] = (t0 + l2);
}

// ---- k162_fused_mul_add_mul_sub: %196 = sub(%160, %192, %131, %lr, %residual1.conv2d2.bias)
// mul → add → mul → sub
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
  if (i >= 16u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let l3 = in3[0u];
  let l4 = in4[i];
  let t0 = (l0 * l1);
  let t1 = (l2 + t0);
  let t2 = (l3 * t1);
  out[i] = (l4 - t2);
}

// ---- k163_fused_mul_add: %198 = add(%160, %momentum_buffer.conv_block2.conv2d1.weight, %125)
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
  if (i >= 32u * 16u * 5u * 5u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let t0 = (l0 * l1);
  out[i] = (t0 + l2);
}

// ---- k164_fused_mul_add_mul_sub: %202 = sub(%160, %198, %125, %lr, %conv_block2.conv2d1.weight)
// mul → add → mul → sub
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
  if (i >= 32u * 16u * 5u * 5u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let l3 = in3[0u];
  let l4 = in4[i];
  let t0 = (l0 * l1);
  let t1 = (l2 + t0);
  let t2 = (l3 * t1);
  out[i] = (l4 - t2);
}

// ---- k165_fused_mul_add: %204 = add(%160, %momentum_buffer.conv_block2.conv2d1.bias, %120)
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
  if (i >= 32u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let t0 = (l0 * l1);
  out[i] = (t0 + l2);
}

// ---- k166_fused_mul_add_mul_sub: %208 = sub(%160, %204, %120, %lr, %conv_block2.conv2d1.bias)
// mul → add → mul → sub
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
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let l3 = in3[0u];
  let l4 = in4[i];
  let t0 = (l0 * l1);
  let t1 = (l2 + t0);
  let t2 = (l3 * t1);
  out[i] = (l4 - t2);
}

// ---- k167_fused_mul_add: %210 = add(%160, %momentum_buffer.block.conv2d1.weight, %112)
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
  if (i >= 32u * 32u * 3u * 3u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let t0 = (l0 * l1);
  out[i] = (t0 + l2);
}

// ---- k168_fused_mul_add_mul_sub: %214 = sub(%160, %210, %112, %lr, %block.conv2d1.weight)
// mul → add → mul → sub
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
  if (i >= 32u * 32u * 3u * 3u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let l3 = in3[0u];
  let l4 = in4[i];
  let t0 = (l0 * l1);
  let t1 = (l2 + t0);
  let t2 = (l3 * t1);
  out[i] = (l4 - t2);
}

// ---- k169_fused_mul_add: %216 = add(%160, %momentum_buffer.block.conv2d1.bias, %107)
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
  if (i >= 32u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let t0 = (l0 * l1);
  out[i] = (t0 + l2);
}

// ---- k170_fused_mul_add_mul_sub: %220 = sub(%160, %216, %107, %lr, %block.conv2d1.bias)
// mul → add → mul → sub
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
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let l3 = in3[0u];
  let l4 = in4[i];
  let t0 = (l0 * l1);
  let t1 = (l2 + t0);
  let t2 = (l3 * t1);
  out[i] = (l4 - t2);
}

// ---- k171_fused_mul_add: %222 = add(%160, %momentum_buffer.block.conv2d2.weight, %101)
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
  if (i >= 32u * 32u * 3u * 3u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let t0 = (l0 * l1);
  out[i] = (t0 + l2);
}

// ---- k172_fused_mul_add_mul_sub: %226 = sub(%160, %222, %101, %lr, %block.conv2d2.weight)
// mul → add → mul → sub
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
  if (i >= 32u * 32u * 3u * 3u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let l3 = in3[0u];
  let l4 = in4[i];
  let t0 = (l0 * l1);
  let t1 = (l2 + t0);
  let t2 = (l3 * t1);
  out[i] = (l4 - t2);
}

// ---- k173_fused_mul_add: %228 = add(%160, %momentum_buffer.block.conv2d2.bias, %96)
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
  if (i >= 32u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let t0 = (l0 * l1);
  out[i] = (t0 + l2);
}

// ---- k174_fused_mul_add_mul_sub: %232 = sub(%160, %228, %96, %lr, %block.conv2d2.bias)
// mul → add → mul → sub
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
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let l3 = in3[0u];
  let l4 = in4[i];
  let t0 = (l0 * l1);
  let t1 = (l2 + t0);
  let t2 = (l3 * t1);
  out[i] = (l4 - t2);
}

// ---- k175_fused_mul_add: %234 = add(%160, %momentum_buffer.linear1.weight, %90)
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
  if (i >= 10u * 2048u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let t0 = (l0 * l1);
  out[i] = (t0 + l2);
}

// ---- k176_fused_mul_add_mul_sub: %238 = sub(%160, %234, %90, %lr, %linear1.weight)
// mul → add → mul → sub
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
  if (i >= 10u * 2048u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let l3 = in3[0u];
  let l4 = in4[i];
  let t0 = (l0 * l1);
  let t1 = (l2 + t0);
  let t2 = (l3 * t1);
  out[i] = (l4 - t2);
}

// ---- k177_fused_mul_add: %240 = add(%160, %momentum_buffer.linear1.bias, %88)
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
  if (i >= 10u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let t0 = (l0 * l1);
  out[i] = (t0 + l2);
}

// ---- k178_fused_mul_add_mul_sub: %244 = sub(%160, %240, %88, %lr, %linear1.bias)
// mul → add → mul → sub
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
  if (i >= 10u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let l3 = in3[0u];
  let l4 = in4[i];
  let t0 = (l0 * l1);
  let t1 = (l2 + t0);
  let t2 = (l3 * t1);
  out[i] = (l4 - t2);
}
