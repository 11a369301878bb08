// LeNet.train: 129 kernels for a hardware adapter, dispatched in this order into one command buffer
//   %0 = im2col(%image); one invocation per element of f32[N,784,25]
//   %1 = reshape(%conv2d1.weight); one invocation per element of f32[6,25]
//   %2 = matmul(%0, %1); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[N,784,6]
//   %3 = transpose(%2); one invocation per element of f32[N,6,784]
//   %4 = reshape(%3); one invocation per element of f32[N,6,28,28]
//   %5 = reshape(%conv2d1.bias); one invocation per element of f32[6,1,1]
//   %6 = add(%4, %5); one invocation per element of f32[N,6,28,28]
//   %7 = relu(%6); one invocation per element of f32[N,6,28,28]
//   %8 = maxpool(%7); one invocation per element of f32[N,6,14,14]
//   %9 = im2col(%8); one invocation per element of f32[N,100,150]
//   %10 = reshape(%conv2d2.weight); one invocation per element of f32[16,150]
//   %11 = matmul(%9, %10); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[N,100,16]
//   %12 = transpose(%11); one invocation per element of f32[N,16,100]
//   %13 = reshape(%12); one invocation per element of f32[N,16,10,10]
//   %14 = reshape(%conv2d2.bias); one invocation per element of f32[16,1,1]
//   %15 = add(%13, %14); one invocation per element of f32[N,16,10,10]
//   %16 = relu(%15); one invocation per element of f32[N,16,10,10]
//   %17 = maxpool(%16); one invocation per element of f32[N,16,5,5]
//   %18 = reshape(%17); one invocation per element of f32[N,400]
//   %19 = matmul(%18, %linear1.weight); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[N,120]
//   %20 = add(%19, %linear1.bias); one invocation per element of f32[N,120]
//   %21 = relu(%20); one invocation per element of f32[N,120]
//   %22 = matmul(%21, %linear2.weight); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[N,84]
//   %23 = add(%22, %linear2.bias); one invocation per element of f32[N,84]
//   %24 = relu(%23); one invocation per element of f32[N,84]
//   %25 = matmul(%24, %linear3.weight); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[N,10]
//   %26 = add(%25, %linear3.bias); one invocation per element of f32[N,10]
//   %27 = reduce_max(%26); a workgroup of 64 per element of f32[N,1]
//   %28 = stop_gradient(%27); one invocation per element of f32[N,1]
//   %29 = sub(%26, %28); one invocation per element of f32[N,10]
//   %30 = exp(%29); one invocation per element of f32[N,10]
//   %31 = reduce_sum(%30); a workgroup of 64 per element of f32[N,1]
//   %32 = log(%31); one invocation per element of f32[N,1]
//   %33 = one_hot(%label); one invocation per element of f32[N,10]
//   %34 = reshape(%32); one invocation per element of f32[N]
//   %35 = mul(%29, %33); one invocation per element of f32[N,10]
//   %36 = reduce_sum(%35); a workgroup of 64 per element of f32[N]
//   %37 = sub(%34, %36); one invocation per element of f32[N]
//   %38 = reduce_sum(%37); a workgroup of 64 per element of f32[]
//   %39 = batch_size(); one invocation per element of f32[]
//   %40 = div(%38, %39); one invocation per element of f32[]
//   %41 = argmax(%26); a workgroup of 64 per row of i32[N]
//   %42 = cast(%41); one invocation per element of f32[N]
//   %43 = cast(%label); one invocation per element of f32[N]
//   %44 = equal(%42, %43); one invocation per element of f32[N]
//   %45 = reduce_sum(%44); a workgroup of 64 per element of f32[]
//   %46 = constant(); one invocation per element of f32[]
//   %47 = div(%46, %39); one invocation per element of f32[]
//   %48 = reshape(%47); one invocation per element of f32[1]
//   %49 = broadcast(%48); one invocation per element of f32[N]
//   %50 = neg(%49); one invocation per element of f32[N]
//   %51 = reshape(%50); one invocation per element of f32[N,1]
//   %52 = broadcast(%51); one invocation per element of f32[N,10]
//   %54 = reshape(%49); one invocation per element of f32[N,1]
//   %55 = div(%54, %31); one invocation per element of f32[N,1]
//   %56 = broadcast(%55); one invocation per element of f32[N,10]
//   %58 = mul → mul → add(%52, %33, %56, %30); one invocation per element of f32[N,10]
//   %59 = reduce_sum(%58); a workgroup of 64 per element of f32[1,10]
//   %60 = reshape(%59); one invocation per element of f32[10]
//   %61 = matmul(%58, %linear3.weight); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[N,84]
//   %62 = matmul(%58, %24); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[10,84]
//   %64 = step → mul(%23, %61); one invocation per element of f32[N,84]
//   %65 = reduce_sum(%64); a workgroup of 64 per element of f32[1,84]
//   %66 = reshape(%65); one invocation per element of f32[84]
//   %67 = matmul(%64, %linear2.weight); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[N,120]
//   %68 = matmul(%64, %21); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[84,120]
//   %70 = step → mul(%20, %67); one invocation per element of f32[N,120]
//   %71 = reduce_sum(%70); a workgroup of 64 per element of f32[1,120]
//   %72 = reshape(%71); one invocation per element of f32[120]
//   %73 = matmul(%70, %linear1.weight); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[N,400]
//   %74 = matmul(%70, %18); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[120,400]
//   %75 = reshape(%73); one invocation per element of f32[N,16,5,5]
//   %76 = maxpool_backward(%16, %75); one invocation per element of f32[N,16,10,10]
//   %78 = step → mul(%15, %76); one invocation per element of f32[N,16,10,10]
//   %79 = reduce_sum(%78); a workgroup of 64 per element of f32[1,16,1,1]
//   %80 = reshape(%79); one invocation per element of f32[16,1,1]
//   %81 = reshape(%80); one invocation per element of f32[16]
//   %82 = reshape(%78); one invocation per element of f32[N,16,100]
//   %83 = transpose(%82); one invocation per element of f32[N,100,16]
//   %84 = matmul(%83, %10); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[N,100,150]
//   %85 = matmul(%83, %9); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[16,150]
//   %86 = reshape(%85); one invocation per element of f32[16,6,5,5]
//   %87 = col2im(%84); one invocation per element of f32[N,6,14,14]
//   %88 = maxpool_backward(%7, %87); one invocation per element of f32[N,6,28,28]
//   %90 = step → mul(%6, %88); one invocation per element of f32[N,6,28,28]
//   %91 = reduce_sum(%90); a workgroup of 64 per element of f32[1,6,1,1]
//   %92 = reshape(%91); one invocation per element of f32[6,1,1]
//   %93 = reshape(%92); one invocation per element of f32[6]
//   %94 = reshape(%90); one invocation per element of f32[N,6,784]
//   %95 = transpose(%94); one invocation per element of f32[N,784,6]
//   %96 = matmul(%95, %0); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[6,25]
//   %97 = reshape(%96); one invocation per element of f32[6,1,5,5]
//   %98 = constant(); one invocation per element of f32[]
//   %100 = constant(); one invocation per element of f32[]
//   %102 = mul → mul → add(%98, %exp_avg.conv2d1.weight, %100, %97); one invocation per element of f32[6,1,5,5]
//   %103 = constant(); one invocation per element of f32[]
//   %105 = constant(); one invocation per element of f32[]
//   %108 = mul → mul → mul → add(%103, %exp_avg_sq.conv2d1.weight, %97, %105); one invocation per element of f32[6,1,5,5]
//   %114 = pow → sub → sqrt(%103, %t, %46); one invocation per element of f32[]
//   %116 = constant(); one invocation per element of f32[]
//   %118 = pow → sub → div(%98, %t, %46, %lr); one invocation per element of f32[]
//   %121 = sqrt → div → add → div → mul → sub(%108, %114, %116, %102, %118, %conv2d1.weight); one invocation per element of f32[6,1,5,5]
//   %124 = mul → mul → add(%98, %exp_avg.conv2d1.bias, %100, %93); one invocation per element of f32[6]
//   %128 = mul → mul → mul → add(%103, %exp_avg_sq.conv2d1.bias, %93, %105); one invocation per element of f32[6]
//   %134 = sqrt → div → add → div → mul → sub(%128, %114, %116, %124, %118, %conv2d1.bias); one invocation per element of f32[6]
//   %137 = mul → mul → add(%98, %exp_avg.conv2d2.weight, %100, %86); one invocation per element of f32[16,6,5,5]
//   %141 = mul → mul → mul → add(%103, %exp_avg_sq.conv2d2.weight, %86, %105); one invocation per element of f32[16,6,5,5]
//   %147 = sqrt → div → add → div → mul → sub(%141, %114, %116, %137, %118, %conv2d2.weight); one invocation per element of f32[16,6,5,5]
//   %150 = mul → mul → add(%98, %exp_avg.conv2d2.bias, %100, %81); one invocation per element of f32[16]
//   %154 = mul → mul → mul → add(%103, %exp_avg_sq.conv2d2.bias, %81, %105); one invocation per element of f32[16]
//   %160 = sqrt → div → add → div → mul → sub(%154, %114, %116, %150, %118, %conv2d2.bias); one invocation per element of f32[16]
//   %163 = mul → mul → add(%98, %exp_avg.linear1.weight, %100, %74); one invocation per element of f32[120,400]
//   %167 = mul → mul → mul → add(%103, %exp_avg_sq.linear1.weight, %74, %105); one invocation per element of f32[120,400]
//   %173 = sqrt → div → add → div → mul → sub(%167, %114, %116, %163, %118, %linear1.weight); one invocation per element of f32[120,400]
//   %176 = mul → mul → add(%98, %exp_avg.linear1.bias, %100, %72); one invocation per element of f32[120]
//   %180 = mul → mul → mul → add(%103, %exp_avg_sq.linear1.bias, %72, %105); one invocation per element of f32[120]
//   %186 = sqrt → div → add → div → mul → sub(%180, %114, %116, %176, %118, %linear1.bias); one invocation per element of f32[120]
//   %189 = mul → mul → add(%98, %exp_avg.linear2.weight, %100, %68); one invocation per element of f32[84,120]
//   %193 = mul → mul → mul → add(%103, %exp_avg_sq.linear2.weight, %68, %105); one invocation per element of f32[84,120]
//   %199 = sqrt → div → add → div → mul → sub(%193, %114, %116, %189, %118, %linear2.weight); one invocation per element of f32[84,120]
//   %202 = mul → mul → add(%98, %exp_avg.linear2.bias, %100, %66); one invocation per element of f32[84]
//   %206 = mul → mul → mul → add(%103, %exp_avg_sq.linear2.bias, %66, %105); one invocation per element of f32[84]
//   %212 = sqrt → div → add → div → mul → sub(%206, %114, %116, %202, %118, %linear2.bias); one invocation per element of f32[84]
//   %215 = mul → mul → add(%98, %exp_avg.linear3.weight, %100, %62); one invocation per element of f32[10,84]
//   %219 = mul → mul → mul → add(%103, %exp_avg_sq.linear3.weight, %62, %105); one invocation per element of f32[10,84]
//   %225 = sqrt → div → add → div → mul → sub(%219, %114, %116, %215, %118, %linear3.weight); one invocation per element of f32[10,84]
//   %228 = mul → mul → add(%98, %exp_avg.linear3.bias, %100, %60); one invocation per element of f32[10]
//   %232 = mul → mul → mul → add(%103, %exp_avg_sq.linear3.bias, %60, %105); one invocation per element of f32[10]
//   %238 = sqrt → div → add → div → mul → sub(%232, %114, %116, %228, %118, %linear3.bias); one invocation per element of f32[10]

// ---- k0_im2col: %0 = im2col(%image)
// im2col
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 784u * 25u) { return; }
  let q = i % 25u;
  let p = (i / 25u) % 784u;
  let n = i / 19600u;
  let kx = q % 5u;
  let ky = (q / 5u) % 5u;
  let c = q / 25u;
  let iy = i32((p / 28u) * 1u + ky) - 2i;
  let ix = i32((p % 28u) * 1u + kx) - 2i;
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
  if (i >= 6u * 25u) { return; }
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
  let rows = (params.n * 784u * 6u) / 6u;
  let inner = 25u;
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
      tileA[(e % 16u) * 32u + e / 16u] = select(0.0, in0[(min(ar, rows - 1u)) * 25u + min(ap, inner - 1u)], ar < rows && ap < inner);
      let bp = p0 + e % 16u;
      let bc = tc + e / 16u;
      tileB[(e % 16u) * 32u + e / 16u] = select(0.0, in1[(min(bc, 5u)) * 25u + min(bp, inner - 1u)], bp < inner && bc < 6u);
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
  if (r0 + 0u < rows && c0 + 0u < 6u) { out[(r0 + 0u) * 6u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 6u) { out[(r0 + 0u) * 6u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 6u) { out[(r0 + 0u) * 6u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 6u) { out[(r0 + 0u) * 6u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 6u) { out[(r0 + 1u) * 6u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 6u) { out[(r0 + 1u) * 6u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 6u) { out[(r0 + 1u) * 6u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 6u) { out[(r0 + 1u) * 6u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 6u) { out[(r0 + 2u) * 6u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 6u) { out[(r0 + 2u) * 6u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 6u) { out[(r0 + 2u) * 6u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 6u) { out[(r0 + 2u) * 6u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 6u) { out[(r0 + 3u) * 6u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 6u) { out[(r0 + 3u) * 6u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 6u) { out[(r0 + 3u) * 6u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 6u) { out[(r0 + 3u) * 6u + c0 + 3u] = acc3[3]; }
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
  if (i >= params.n * 6u * 784u) { return; }
  var o_rest = i;
  let o2 = o_rest % 784u;
  o_rest = o_rest / 784u;
  let o1 = o_rest % 6u;
  o_rest = o_rest / 6u;
  let o0 = o_rest % params.n;
  o_rest = o_rest / params.n;
  out[i] = in0[o0 * 6u * 784u + o1 * 1u + o2 * 6u];
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
  if (i >= params.n * 6u * 28u * 28u) { return; }
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
  if (i >= 6u * 1u * 1u) { return; }
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
  if (i >= params.n * 6u * 28u * 28u) { return; }
  var o_rest = i;
  let o3 = o_rest % 28u;
  o_rest = o_rest / 28u;
  let o2 = o_rest % 28u;
  o_rest = o_rest / 28u;
  let o1 = o_rest % 6u;
  o_rest = o_rest / 6u;
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
  if (i >= params.n * 6u * 28u * 28u) { return; }
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
  if (i >= params.n * 6u * 14u * 14u) { return; }
  let ox = i % 14u;
  let oy = (i / 14u) % 14u;
  let c = (i / 196u) % 6u;
  let n = i / 1176u;
  var best = 0u;
  var bestV = 0.0;
  var found = false;
  for (var ey = 0u; ey < 2u; ey++) {
    let py = i32(oy * 2u + ey) - 0i;
    if (py < 0 || py >= 28i) { continue; }
    for (var ex = 0u; ex < 2u; ex++) {
      let px = i32(ox * 2u + ex) - 0i;
      if (px < 0 || px >= 28i) { continue; }
      let at = ((n * 6u + c) * 28u + u32(py)) * 28u + u32(px);
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
  if (i >= params.n * 100u * 150u) { return; }
  let q = i % 150u;
  let p = (i / 150u) % 100u;
  let n = i / 15000u;
  let kx = q % 5u;
  let ky = (q / 5u) % 5u;
  let c = q / 25u;
  let iy = i32((p / 10u) * 1u + ky) - 0i;
  let ix = i32((p % 10u) * 1u + kx) - 0i;
  let inside = iy >= 0 && iy < 14i && ix >= 0 && ix < 14i;
  let at = ((n * 6u + c) * 14u + u32(clamp(iy, 0i, 13i))) * 14u + u32(clamp(ix, 0i, 13i));
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
  if (i >= 16u * 150u) { return; }
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
  let rows = (params.n * 100u * 16u) / 16u;
  let inner = 150u;
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
      tileA[(e % 16u) * 32u + e / 16u] = select(0.0, in0[(min(ar, rows - 1u)) * 150u + min(ap, inner - 1u)], ar < rows && ap < inner);
      let bp = p0 + e % 16u;
      let bc = tc + e / 16u;
      tileB[(e % 16u) * 32u + e / 16u] = select(0.0, in1[(min(bc, 15u)) * 150u + min(bp, inner - 1u)], bp < inner && bc < 16u);
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
  if (i >= params.n * 16u * 100u) { return; }
  var o_rest = i;
  let o2 = o_rest % 100u;
  o_rest = o_rest / 100u;
  let o1 = o_rest % 16u;
  o_rest = o_rest / 16u;
  let o0 = o_rest % params.n;
  o_rest = o_rest / params.n;
  out[i] = in0[o0 * 16u * 100u + o1 * 1u + o2 * 16u];
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
  if (i >= params.n * 16u * 10u * 10u) { return; }
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
  if (i >= params.n * 16u * 10u * 10u) { return; }
  var o_rest = i;
  let o3 = o_rest % 10u;
  o_rest = o_rest / 10u;
  let o2 = o_rest % 10u;
  o_rest = o_rest / 10u;
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
  if (i >= params.n * 16u * 10u * 10u) { return; }
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
  if (i >= params.n * 16u * 5u * 5u) { return; }
  let ox = i % 5u;
  let oy = (i / 5u) % 5u;
  let c = (i / 25u) % 16u;
  let n = i / 400u;
  var best = 0u;
  var bestV = 0.0;
  var found = false;
  for (var ey = 0u; ey < 2u; ey++) {
    let py = i32(oy * 2u + ey) - 0i;
    if (py < 0 || py >= 10i) { continue; }
    for (var ex = 0u; ex < 2u; ex++) {
      let px = i32(ox * 2u + ex) - 0i;
      if (px < 0 || px >= 10i) { continue; }
      let at = ((n * 16u + c) * 10u + u32(py)) * 10u + u32(px);
      let v = in0[at];
      if (!found || v > bestV || (v != v && bestV == bestV)) { best = at; bestV = v; found = true; }
    }
  }
  out[i] = in0[best];
}

// ---- k18_reshape: %18 = reshape(%17)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 400u) { return; }
  out[i] = in0[i];
}

// ---- k19_matmul: %19 = matmul(%18, %linear1.weight)
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
  let rows = (params.n * 120u) / 120u;
  let inner = 400u;
  let group = i / 64u;
  let lane = i % 64u;
  let tr = (group / 4u) * 32u;
  let tc = (group % 4u) * 32u;
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
      tileB[(e % 16u) * 32u + e / 16u] = select(0.0, in1[(min(bc, 119u)) * 400u + min(bp, inner - 1u)], bp < inner && bc < 120u);
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
  if (r0 + 0u < rows && c0 + 0u < 120u) { out[(r0 + 0u) * 120u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 120u) { out[(r0 + 0u) * 120u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 120u) { out[(r0 + 0u) * 120u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 120u) { out[(r0 + 0u) * 120u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 120u) { out[(r0 + 1u) * 120u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 120u) { out[(r0 + 1u) * 120u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 120u) { out[(r0 + 1u) * 120u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 120u) { out[(r0 + 1u) * 120u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 120u) { out[(r0 + 2u) * 120u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 120u) { out[(r0 + 2u) * 120u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 120u) { out[(r0 + 2u) * 120u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 120u) { out[(r0 + 2u) * 120u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 120u) { out[(r0 + 3u) * 120u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 120u) { out[(r0 + 3u) * 120u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 120u) { out[(r0 + 3u) * 120u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 120u) { out[(r0 + 3u) * 120u + c0 + 3u] = acc3[3]; }
}

// ---- k20_add: %20 = add(%19, %linear1.bias)
// add
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 120u) { return; }
  var o_rest = i;
  let o1 = o_rest % 120u;
  o_rest = o_rest / 120u;
  let o0 = o_rest % params.n;
  o_rest = o_rest / params.n;
  let l0 = in0[i];
  let l1 = in1[o1 * 1u];
  out[i] = (l0 + l1);
}

// ---- k21_relu: %21 = relu(%20)
// relu
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 120u) { return; }
  let l0 = in0[i];
  out[i] = max(l0, 0.0);
}

// ---- k22_matmul: %22 = matmul(%21, %linear2.weight)
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
  let rows = (params.n * 84u) / 84u;
  let inner = 120u;
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
      tileA[(e % 16u) * 32u + e / 16u] = select(0.0, in0[(min(ar, rows - 1u)) * 120u + min(ap, inner - 1u)], ar < rows && ap < inner);
      let bp = p0 + e % 16u;
      let bc = tc + e / 16u;
      tileB[(e % 16u) * 32u + e / 16u] = select(0.0, in1[(min(bc, 83u)) * 120u + min(bp, inner - 1u)], bp < inner && bc < 84u);
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
  if (r0 + 0u < rows && c0 + 0u < 84u) { out[(r0 + 0u) * 84u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 84u) { out[(r0 + 0u) * 84u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 84u) { out[(r0 + 0u) * 84u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 84u) { out[(r0 + 0u) * 84u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 84u) { out[(r0 + 1u) * 84u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 84u) { out[(r0 + 1u) * 84u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 84u) { out[(r0 + 1u) * 84u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 84u) { out[(r0 + 1u) * 84u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 84u) { out[(r0 + 2u) * 84u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 84u) { out[(r0 + 2u) * 84u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 84u) { out[(r0 + 2u) * 84u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 84u) { out[(r0 + 2u) * 84u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 84u) { out[(r0 + 3u) * 84u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 84u) { out[(r0 + 3u) * 84u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 84u) { out[(r0 + 3u) * 84u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 84u) { out[(r0 + 3u) * 84u + c0 + 3u] = acc3[3]; }
}

// ---- k23_add: %23 = add(%22, %linear2.bias)
// add
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 84u) { return; }
  var o_rest = i;
  let o1 = o_rest % 84u;
  o_rest = o_rest / 84u;
  let o0 = o_rest % params.n;
  o_rest = o_rest / params.n;
  let l0 = in0[i];
  let l1 = in1[o1 * 1u];
  out[i] = (l0 + l1);
}

// ---- k24_relu: %24 = relu(%23)
// relu
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 84u) { return; }
  let l0 = in0[i];
  out[i] = max(l0, 0.0);
}

// ---- k25_matmul: %25 = matmul(%24, %linear3.weight)
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
  let inner = 84u;
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
      tileA[(e % 16u) * 32u + e / 16u] = select(0.0, in0[(min(ar, rows - 1u)) * 84u + min(ap, inner - 1u)], ar < rows && ap < inner);
      let bp = p0 + e % 16u;
      let bc = tc + e / 16u;
      tileB[(e % 16u) * 32u + e / 16u] = select(0.0, in1[(min(bc, 9u)) * 84u + min(bp, inner - 1u)], bp < inner && bc < 10u);
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

// ---- k26_add: %26 = add(%25, %linear3.bias)
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

// ---- k27_reduce_max: %27 = reduce_max(%26)
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

// ---- k28_stop_gradient: %28 = stop_gradient(%27)
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

// ---- k29_sub: %29 = sub(%26, %28)
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

// ---- k30_exp: %30 = exp(%29)
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

// ---- k31_reduce_sum: %31 = reduce_sum(%30)
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

// ---- k32_log: %32 = log(%31)
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

// ---- k33_one_hot: %33 = one_hot(%label)
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

// ---- k34_reshape: %34 = reshape(%32)
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

// ---- k35_mul: %35 = mul(%29, %33)
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

// ---- k36_reduce_sum: %36 = reduce_sum(%35)
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

// ---- k37_sub: %37 = sub(%34, %36)
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

// ---- k38_reduce_sum: %38 = reduce_sum(%37)
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

// ---- k39_batch_size: %39 = batch_size()
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

// ---- k40_div: %40 = div(%38, %39)
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

// ---- k41_argmax: %41 = argmax(%26)
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

// ---- k42_cast: %42 = cast(%41)
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

// ---- k43_cast: %43 = cast(%label)
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

// ---- k44_equal: %44 = equal(%42, %43)
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

// ---- k45_reduce_sum: %45 = reduce_sum(%44)
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

// ---- k46_constant: %46 = constant()
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

// ---- k47_div: %47 = div(%46, %39)
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

// ---- k48_reshape: %48 = reshape(%47)
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

// ---- k49_broadcast: %49 = broadcast(%48)
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

// ---- k50_neg: %50 = neg(%49)
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

// ---- k51_reshape: %51 = reshape(%50)
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

// ---- k52_broadcast: %52 = broadcast(%51)
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

// ---- k53_reshape: %54 = reshape(%49)
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

// ---- k54_div: %55 = div(%54, %31)
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

// ---- k55_broadcast: %56 = broadcast(%55)
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

// ---- k56_fused_mul_mul_add: %58 = add(%52, %33, %56, %30)
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

// ---- k58_reshape: %60 = reshape(%59)
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

// ---- k59_matmul: %61 = matmul(%58, %linear3.weight)
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
  let rows = (params.n * 84u) / 84u;
  let inner = 10u;
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
      tileA[(e % 16u) * 32u + e / 16u] = select(0.0, in0[(min(ar, rows - 1u)) * 10u + min(ap, inner - 1u)], ar < rows && ap < inner);
      let bp = p0 + e / 32u;
      let bc = tc + e % 32u;
      tileB[(e / 32u) * 32u + e % 32u] = select(0.0, in1[(min(bp, inner - 1u)) * 84u + min(bc, 83u)], bp < inner && bc < 84u);
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
  if (r0 + 0u < rows && c0 + 0u < 84u) { out[(r0 + 0u) * 84u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 84u) { out[(r0 + 0u) * 84u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 84u) { out[(r0 + 0u) * 84u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 84u) { out[(r0 + 0u) * 84u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 84u) { out[(r0 + 1u) * 84u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 84u) { out[(r0 + 1u) * 84u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 84u) { out[(r0 + 1u) * 84u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 84u) { out[(r0 + 1u) * 84u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 84u) { out[(r0 + 2u) * 84u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 84u) { out[(r0 + 2u) * 84u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 84u) { out[(r0 + 2u) * 84u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 84u) { out[(r0 + 2u) * 84u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 84u) { out[(r0 + 3u) * 84u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 84u) { out[(r0 + 3u) * 84u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 84u) { out[(r0 + 3u) * 84u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 84u) { out[(r0 + 3u) * 84u + c0 + 3u] = acc3[3]; }
}

// ---- k60_matmul: %62 = matmul(%58, %24)
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
      let ar = tr + e % 32u;
      let ap = p0 + e / 32u;
      tileA[(e / 32u) * 32u + e % 32u] = select(0.0, in0[(min(ap, inner - 1u)) * 10u + min(ar, rows - 1u)], ar < rows && ap < inner);
      let bp = p0 + e / 32u;
      let bc = tc + e % 32u;
      tileB[(e / 32u) * 32u + e % 32u] = select(0.0, in1[(min(bp, inner - 1u)) * 84u + min(bc, 83u)], bp < inner && bc < 84u);
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
  if (r0 + 0u < rows && c0 + 0u < 84u) { out[(r0 + 0u) * 84u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 84u) { out[(r0 + 0u) * 84u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 84u) { out[(r0 + 0u) * 84u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 84u) { out[(r0 + 0u) * 84u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 84u) { out[(r0 + 1u) * 84u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 84u) { out[(r0 + 1u) * 84u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 84u) { out[(r0 + 1u) * 84u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 84u) { out[(r0 + 1u) * 84u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 84u) { out[(r0 + 2u) * 84u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 84u) { out[(r0 + 2u) * 84u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 84u) { out[(r0 + 2u) * 84u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 84u) { out[(r0 + 2u) * 84u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 84u) { out[(r0 + 3u) * 84u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 84u) { out[(r0 + 3u) * 84u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 84u) { out[(r0 + 3u) * 84u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 84u) { out[(r0 + 3u) * 84u + c0 + 3u] = acc3[3]; }
}

// ---- k61_fused_step_mul: %64 = mul(%23, %61)
// step → mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 84u) { return; }
  let l0 = in0[i];
  let l1 = in1[i];
  let t0 = select(0.0, 1.0, l0 > 0.0);
  out[i] = (l1 * t0);
}

// ---- k62_reduce_sum: %65 = reduce_sum(%64)
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
  let live = o < 1u * 84u;
  var o_rest = min(o, 1u * 84u - 1u);
  let o1 = o_rest % 84u;
  o_rest = o_rest / 84u;
  let o0 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let base = o1 * 1u;
  var acc = 0.0;
  if (live) {
    for (var e = lane; e < params.n; e += 64u) {
      var rest = e;
      let r0 = rest % params.n;
      rest = rest / params.n;
      let v = in0[base + r0 * 84u];
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

// ---- k63_reshape: %66 = reshape(%65)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 84u) { return; }
  out[i] = in0[i];
}

// ---- k64_matmul: %67 = matmul(%64, %linear2.weight)
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
  let rows = (params.n * 120u) / 120u;
  let inner = 84u;
  let group = i / 64u;
  let lane = i % 64u;
  let tr = (group / 4u) * 32u;
  let tc = (group % 4u) * 32u;
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
      tileA[(e % 16u) * 32u + e / 16u] = select(0.0, in0[(min(ar, rows - 1u)) * 84u + min(ap, inner - 1u)], ar < rows && ap < inner);
      let bp = p0 + e / 32u;
      let bc = tc + e % 32u;
      tileB[(e / 32u) * 32u + e % 32u] = select(0.0, in1[(min(bp, inner - 1u)) * 120u + min(bc, 119u)], bp < inner && bc < 120u);
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
  if (r0 + 0u < rows && c0 + 0u < 120u) { out[(r0 + 0u) * 120u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 120u) { out[(r0 + 0u) * 120u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 120u) { out[(r0 + 0u) * 120u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 120u) { out[(r0 + 0u) * 120u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 120u) { out[(r0 + 1u) * 120u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 120u) { out[(r0 + 1u) * 120u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 120u) { out[(r0 + 1u) * 120u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 120u) { out[(r0 + 1u) * 120u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 120u) { out[(r0 + 2u) * 120u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 120u) { out[(r0 + 2u) * 120u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 120u) { out[(r0 + 2u) * 120u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 120u) { out[(r0 + 2u) * 120u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 120u) { out[(r0 + 3u) * 120u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 120u) { out[(r0 + 3u) * 120u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 120u) { out[(r0 + 3u) * 120u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 120u) { out[(r0 + 3u) * 120u + c0 + 3u] = acc3[3]; }
}

// ---- k65_matmul: %68 = matmul(%64, %21)
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
  let rows = 84u;
  let inner = params.n;
  let group = i / 64u;
  let lane = i % 64u;
  let tr = (group / 4u) * 32u;
  let tc = (group % 4u) * 32u;
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
      tileA[(e / 32u) * 32u + e % 32u] = select(0.0, in0[(min(ap, inner - 1u)) * 84u + min(ar, rows - 1u)], ar < rows && ap < inner);
      let bp = p0 + e / 32u;
      let bc = tc + e % 32u;
      tileB[(e / 32u) * 32u + e % 32u] = select(0.0, in1[(min(bp, inner - 1u)) * 120u + min(bc, 119u)], bp < inner && bc < 120u);
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
  if (r0 + 0u < rows && c0 + 0u < 120u) { out[(r0 + 0u) * 120u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 120u) { out[(r0 + 0u) * 120u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 120u) { out[(r0 + 0u) * 120u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 120u) { out[(r0 + 0u) * 120u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 120u) { out[(r0 + 1u) * 120u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 120u) { out[(r0 + 1u) * 120u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 120u) { out[(r0 + 1u) * 120u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 120u) { out[(r0 + 1u) * 120u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 120u) { out[(r0 + 2u) * 120u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 120u) { out[(r0 + 2u) * 120u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 120u) { out[(r0 + 2u) * 120u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 120u) { out[(r0 + 2u) * 120u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 120u) { out[(r0 + 3u) * 120u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 120u) { out[(r0 + 3u) * 120u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 120u) { out[(r0 + 3u) * 120u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 120u) { out[(r0 + 3u) * 120u + c0 + 3u] = acc3[3]; }
}

// ---- k66_fused_step_mul: %70 = mul(%20, %67)
// step → mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 120u) { return; }
  let l0 = in0[i];
  let l1 = in1[i];
  let t0 = select(0.0, 1.0, l0 > 0.0);
  out[i] = (l1 * t0);
}

// ---- k67_reduce_sum: %71 = reduce_sum(%70)
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
  let live = o < 1u * 120u;
  var o_rest = min(o, 1u * 120u - 1u);
  let o1 = o_rest % 120u;
  o_rest = o_rest / 120u;
  let o0 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let base = o1 * 1u;
  var acc = 0.0;
  if (live) {
    for (var e = lane; e < params.n; e += 64u) {
      var rest = e;
      let r0 = rest % params.n;
      rest = rest / params.n;
      let v = in0[base + r0 * 120u];
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

// ---- k68_reshape: %72 = reshape(%71)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 120u) { return; }
  out[i] = in0[i];
}

// ---- k69_matmul: %73 = matmul(%70, %linear1.weight)
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
  let rows = (params.n * 400u) / 400u;
  let inner = 120u;
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
      tileA[(e % 16u) * 32u + e / 16u] = select(0.0, in0[(min(ar, rows - 1u)) * 120u + min(ap, inner - 1u)], ar < rows && ap < inner);
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

// ---- k70_matmul: %74 = matmul(%70, %18)
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
  let rows = 120u;
  let inner = params.n;
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
      tileA[(e / 32u) * 32u + e % 32u] = select(0.0, in0[(min(ap, inner - 1u)) * 120u + min(ar, rows - 1u)], ar < rows && ap < inner);
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

// ---- k71_reshape: %75 = reshape(%73)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 16u * 5u * 5u) { return; }
  out[i] = in0[i];
}

// ---- k72_maxpool_backward: %76 = maxpool_backward(%16, %75)
// maxpool_backward
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 16u * 10u * 10u) { return; }
  let ix = i % 10u;
  let iy = (i / 10u) % 10u;
  let c = (i / 100u) % 16u;
  let n = i / 1600u;
  var acc = 0.0;
  for (var ky = 0u; ky < 2u; ky++) {
    let ty = i32(iy) + 0i - i32(ky);
    if (ty < 0 || ty % 2i != 0 || ty / 2i >= 5i) { continue; }
    let oy = u32(ty / 2i);
    for (var kx = 0u; kx < 2u; kx++) {
      let tx = i32(ix) + 0i - i32(kx);
      if (tx < 0 || tx % 2i != 0 || tx / 2i >= 5i) { continue; }
      let ox = u32(tx / 2i);
      var best = 0u;
  var bestV = 0.0;
  var found = false;
  for (var ey = 0u; ey < 2u; ey++) {
    let py = i32(oy * 2u + ey) - 0i;
    if (py < 0 || py >= 10i) { continue; }
    for (var ex = 0u; ex < 2u; ex++) {
      let px = i32(ox * 2u + ex) - 0i;
      if (px < 0 || px >= 10i) { continue; }
      let at = ((n * 16u + c) * 10u + u32(py)) * 10u + u32(px);
      let v = in0[at];
      if (!found || v > bestV || (v != v && bestV == bestV)) { best = at; bestV = v; found = true; }
    }
  }
    if (best == i) { acc += in1[((n * 16u + c) * 5u + oy) * 5u + ox]; }
    }
  }
  out[i] = acc;
}

// ---- k73_fused_step_mul: %78 = mul(%15, %76)
// step → mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 16u * 10u * 10u) { return; }
  let l0 = in0[i];
  let l1 = in1[i];
  let t0 = select(0.0, 1.0, l0 > 0.0);
  out[i] = (l1 * t0);
}

// ---- k74_reduce_sum: %79 = reduce_sum(%78)
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
  let base = o1 * 10u * 10u;
  var acc = 0.0;
  if (live) {
    for (var e = lane; e < params.n * 10u * 10u; e += 64u) {
      var rest = e;
      let r3 = rest % 10u;
      rest = rest / 10u;
      let r2 = rest % 10u;
      rest = rest / 10u;
      let r0 = rest % params.n;
      rest = rest / params.n;
      let v = in0[base + r0 * 10u * 10u * 16u + r2 * 10u + r3 * 1u];
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

// ---- k75_reshape: %80 = reshape(%79)
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

// ---- k76_reshape: %81 = reshape(%80)
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

// ---- k77_reshape: %82 = reshape(%78)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 16u * 100u) { return; }
  out[i] = in0[i];
}

// ---- k78_transpose: %83 = transpose(%82)
// transpose
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 100u * 16u) { return; }
  var o_rest = i;
  let o2 = o_rest % 16u;
  o_rest = o_rest / 16u;
  let o1 = o_rest % 100u;
  o_rest = o_rest / 100u;
  let o0 = o_rest % params.n;
  o_rest = o_rest / params.n;
  out[i] = in0[o0 * 100u * 16u + o1 * 1u + o2 * 100u];
}

// ---- k79_matmul: %84 = matmul(%83, %10)
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
  let rows = (params.n * 100u * 150u) / 150u;
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
      tileB[(e / 32u) * 32u + e % 32u] = select(0.0, in1[(min(bp, inner - 1u)) * 150u + min(bc, 149u)], bp < inner && bc < 150u);
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
  if (r0 + 0u < rows && c0 + 0u < 150u) { out[(r0 + 0u) * 150u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 150u) { out[(r0 + 0u) * 150u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 150u) { out[(r0 + 0u) * 150u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 150u) { out[(r0 + 0u) * 150u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 150u) { out[(r0 + 1u) * 150u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 150u) { out[(r0 + 1u) * 150u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 150u) { out[(r0 + 1u) * 150u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 150u) { out[(r0 + 1u) * 150u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 150u) { out[(r0 + 2u) * 150u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 150u) { out[(r0 + 2u) * 150u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 150u) { out[(r0 + 2u) * 150u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 150u) { out[(r0 + 2u) * 150u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 150u) { out[(r0 + 3u) * 150u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 150u) { out[(r0 + 3u) * 150u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 150u) { out[(r0 + 3u) * 150u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 150u) { out[(r0 + 3u) * 150u + c0 + 3u] = acc3[3]; }
}

// ---- k80_matmul: %85 = matmul(%83, %9)
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
  let inner = params.n * 100u;
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
      tileB[(e / 32u) * 32u + e % 32u] = select(0.0, in1[(min(bp, inner - 1u)) * 150u + min(bc, 149u)], bp < inner && bc < 150u);
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
  if (r0 + 0u < rows && c0 + 0u < 150u) { out[(r0 + 0u) * 150u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 150u) { out[(r0 + 0u) * 150u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 150u) { out[(r0 + 0u) * 150u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 150u) { out[(r0 + 0u) * 150u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 150u) { out[(r0 + 1u) * 150u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 150u) { out[(r0 + 1u) * 150u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 150u) { out[(r0 + 1u) * 150u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 150u) { out[(r0 + 1u) * 150u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 150u) { out[(r0 + 2u) * 150u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 150u) { out[(r0 + 2u) * 150u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 150u) { out[(r0 + 2u) * 150u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 150u) { out[(r0 + 2u) * 150u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 150u) { out[(r0 + 3u) * 150u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 150u) { out[(r0 + 3u) * 150u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 150u) { out[(r0 + 3u) * 150u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 150u) { out[(r0 + 3u) * 150u + c0 + 3u] = acc3[3]; }
}

// ---- k81_reshape: %86 = reshape(%85)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 16u * 6u * 5u * 5u) { return; }
  out[i] = in0[i];
}

// ---- k82_col2im: %87 = col2im(%84)
// col2im
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 6u * 14u * 14u) { return; }
  let ix = i % 14u;
  let iy = (i / 14u) % 14u;
  let c = (i / 196u) % 6u;
  let n = i / 1176u;
  var acc = 0.0;
  for (var ky = 0u; ky < 5u; ky++) {
    let ty = i32(iy) + 0i - i32(ky);
    if (ty < 0 || ty % 1i != 0 || ty / 1i >= 10i) { continue; }
    let oy = u32(ty / 1i);
    for (var kx = 0u; kx < 5u; kx++) {
      let tx = i32(ix) + 0i - i32(kx);
      if (tx < 0 || tx % 1i != 0 || tx / 1i >= 10i) { continue; }
      let ox = u32(tx / 1i);
      acc += in0[(n * 100u + oy * 10u + ox) * 150u + (c * 5u + ky) * 5u + kx];
    }
  }
  out[i] = acc;
}

// ---- k83_maxpool_backward: %88 = maxpool_backward(%7, %87)
// maxpool_backward
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 6u * 28u * 28u) { return; }
  let ix = i % 28u;
  let iy = (i / 28u) % 28u;
  let c = (i / 784u) % 6u;
  let n = i / 4704u;
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
      let at = ((n * 6u + c) * 28u + u32(py)) * 28u + u32(px);
      let v = in0[at];
      if (!found || v > bestV || (v != v && bestV == bestV)) { best = at; bestV = v; found = true; }
    }
  }
    if (best == i) { acc += in1[((n * 6u + c) * 14u + oy) * 14u + ox]; }
    }
  }
  out[i] = acc;
}

// ---- k84_fused_step_mul: %90 = mul(%6, %88)
// step → mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 6u * 28u * 28u) { return; }
  let l0 = in0[i];
  let l1 = in1[i];
  let t0 = select(0.0, 1.0, l0 > 0.0);
  out[i] = (l1 * t0);
}

// ---- k85_reduce_sum: %91 = reduce_sum(%90)
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
  let live = o < 1u * 6u * 1u * 1u;
  var o_rest = min(o, 1u * 6u * 1u * 1u - 1u);
  let o3 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let o2 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let o1 = o_rest % 6u;
  o_rest = o_rest / 6u;
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
      let v = in0[base + r0 * 28u * 28u * 6u + r2 * 28u + r3 * 1u];
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

// ---- k86_reshape: %92 = reshape(%91)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 6u * 1u * 1u) { return; }
  out[i] = in0[i];
}

// ---- k87_reshape: %93 = reshape(%92)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 6u) { return; }
  out[i] = in0[i];
}

// ---- k88_reshape: %94 = reshape(%90)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 6u * 784u) { return; }
  out[i] = in0[i];
}

// ---- k89_transpose: %95 = transpose(%94)
// transpose
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 784u * 6u) { return; }
  var o_rest = i;
  let o2 = o_rest % 6u;
  o_rest = o_rest / 6u;
  let o1 = o_rest % 784u;
  o_rest = o_rest / 784u;
  let o0 = o_rest % params.n;
  o_rest = o_rest / params.n;
  out[i] = in0[o0 * 784u * 6u + o1 * 1u + o2 * 784u];
}

// ---- k90_matmul: %96 = matmul(%95, %0)
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
  let rows = 6u;
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
      tileA[(e / 32u) * 32u + e % 32u] = select(0.0, in0[(min(ap, inner - 1u)) * 6u + min(ar, rows - 1u)], ar < rows && ap < inner);
      let bp = p0 + e / 32u;
      let bc = tc + e % 32u;
      tileB[(e / 32u) * 32u + e % 32u] = select(0.0, in1[(min(bp, inner - 1u)) * 25u + min(bc, 24u)], bp < inner && bc < 25u);
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
  if (r0 + 0u < rows && c0 + 0u < 25u) { out[(r0 + 0u) * 25u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 25u) { out[(r0 + 0u) * 25u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 25u) { out[(r0 + 0u) * 25u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 25u) { out[(r0 + 0u) * 25u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 25u) { out[(r0 + 1u) * 25u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 25u) { out[(r0 + 1u) * 25u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 25u) { out[(r0 + 1u) * 25u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 25u) { out[(r0 + 1u) * 25u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 25u) { out[(r0 + 2u) * 25u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 25u) { out[(r0 + 2u) * 25u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 25u) { out[(r0 + 2u) * 25u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 25u) { out[(r0 + 2u) * 25u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 25u) { out[(r0 + 3u) * 25u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 25u) { out[(r0 + 3u) * 25u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 25u) { out[(r0 + 3u) * 25u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 25u) { out[(r0 + 3u) * 25u + c0 + 3u] = acc3[3]; }
}

// ---- k91_reshape: %97 = reshape(%96)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 6u * 1u * 5u * 5u) { return; }
  out[i] = in0[i];
}

// ---- k92_constant: %98 = constant()
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

// ---- k93_constant: %100 = constant()
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

// ---- k94_fused_mul_mul_add: %102 = add(%98, %exp_avg.conv2d1.weight, %100, %97)
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
  if (i >= 6u * 1u * 5u * 5u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[0u];
  let l3 = in3[i];
  let t0 = (l0 * l1);
  let t1 = (l2 * l3);
  out[i] = (t0 + t1);
}

// ---- k95_constant: %103 = constant()
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

// ---- k96_constant: %105 = constant()
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

// ---- k97_fused_mul_mul_mul_add: %108 = add(%103, %exp_avg_sq.conv2d1.weight, %97, %105)
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
  if (i >= 6u * 1u * 5u * 5u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let l3 = in3[0u];
  let t0 = (l0 * l1);
  let t1 = (l2 * l2);
  let t2 = (l3 * t1);
  out[i] = (t0 + t2);
}

// ---- k98_fused_pow_sub_sqrt: %114 = sqrt(%103, %t, %46)
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

// ---- k99_constant: %116 = constant()
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

// ---- k100_fused_pow_sub_div: %118 = div(%98, %t, %46, %lr)
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

// ---- k101_fused_sqrt_div_add_div_mul_sub: %121 = sub(%108, %114, %116, %102, %118, %conv2d1.weight)
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
  if (i >= 6u * 1u * 5u * 5u) { return; }
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

// ---- k102_fused_mul_mul_add: %124 = add(%98, %exp_avg.conv2d1.bias, %100, %93)
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
  if (i >= 6u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[0u];
  let l3 = in3[i];
  let t0 = (l0 * l1);
  let t1 = (l2 * l3);
  out[i] = (t0 + t1);
}

// ---- k103_fused_mul_mul_mul_add: %128 = add(%103, %exp_avg_sq.conv2d1.bias, %93, %105)
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
  if (i >= 6u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let l3 = in3[0u];
  let t0 = (l0 * l1);
  let t1 = (l2 * l2);
  let t2 = (l3 * t1);
  out[i] = (t0 + t2);
}

// ---- k104_fused_sqrt_div_add_div_mul_sub: %134 = sub(%128, %114, %116, %124, %118, %conv2d1.bias)
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
  if (i >= 6u) { return; }
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

// ---- k105_fused_mul_mul_add: %137 = add(%98, %exp_avg.conv2d2.weight, %100, %86)
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
  if (i >= 16u * 6u * 5u * 5u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[0u];
  let l3 = in3[i];
  let t0 = (l0 * l1);
  let t1 = (l2 * l3);
  out[i] = (t0 + t1);
}

// ---- k106_fused_mul_mul_mul_add: %141 = add(%103, %exp_avg_sq.conv2d2.weight, %86, %105)
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
  if (i >= 16u * 6u * 5u * 5u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let l3 = in3[0u];
  let t0 = (l0 * l1);
  let t1 = (l2 * l2);
  let t2 = (l3 * t1);
  out[i] = (t0 + t2);
}

// ---- k107_fused_sqrt_div_add_div_mul_sub: %147 = sub(%141, %114, %116, %137, %118, %conv2d2.weight)
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
  if (i >= 16u * 6u * 5u * 5u) { return; }
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

// ---- k108_fused_mul_mul_add: %150 = add(%98, %exp_avg.conv2d2.bias, %100, %81)
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

// ---- k109_fused_mul_mul_mul_add: %154 = add(%103, %exp_avg_sq.conv2d2.bias, %81, %105)
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

// ---- k110_fused_sqrt_div_add_div_mul_sub: %160 = sub(%154, %114, %116, %150, %118, %conv2d2.bias)
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

// ---- k111_fused_mul_mul_add: %163 = add(%98, %exp_avg.linear1.weight, %100, %74)
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
  if (i >= 120u * 400u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[0u];
  let l3 = in3[i];
  let t0 = (l0 * l1);
  let t1 = (l2 * l3);
  out[i] = (t0 + t1);
}

// ---- k112_fused_mul_mul_mul_add: %167 = add(%103, %exp_avg_sq.linear1.weight, %74, %105)
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
  if (i >= 120u * 400u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let l3 = in3[0u];
  let t0 = (l0 * l1);
  let t1 = (l2 * l2);
  let t2 = (l3 * t1);
  out[i] = (t0 + t2);
}

// ---- k113_fused_sqrt_div_add_div_mul_sub: %173 = sub(%167, %114, %116, %163, %118, %linear1.weight)
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
  if (i >= 120u * 400u) { return; }
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

// ---- k114_fused_mul_mul_add: %176 = add(%98, %exp_avg.linear1.bias, %100, %72)
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
  if (i >= 120u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[0u];
  let l3 = in3[i];
  let t0 = (l0 * l1);
  let t1 = (l2 * l3);
  out[i] = (t0 + t1);
}

// ---- k115_fused_mul_mul_mul_add: %180 = add(%103, %exp_avg_sq.linear1.bias, %72, %105)
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
  if (i >= 120u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let l3 = in3[0u];
  let t0 = (l0 * l1);
  let t1 = (l2 * l2);
  let t2 = (l3 * t1);
  out[i] = (t0 + t2);
}

// ---- k116_fused_sqrt_div_add_div_mul_sub: %186 = sub(%180, %114, %116, %176, %118, %linear1.bias)
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
  if (i >= 120u) { return; }
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

// ---- k117_fused_mul_mul_add: %189 = add(%98, %exp_avg.linear2.weight, %100, %68)
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
  if (i >= 84u * 120u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[0u];
  let l3 = in3[i];
  let t0 = (l0 * l1);
  let t1 = (l2 * l3);
  out[i] = (t0 + t1);
}

// ---- k118_fused_mul_mul_mul_add: %193 = add(%103, %exp_avg_sq.linear2.weight, %68, %105)
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
  if (i >= 84u * 120u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let l3 = in3[0u];
  let t0 = (l0 * l1);
  let t1 = (l2 * l2);
  let t2 = (l3 * t1);
  out[i] = (t0 + t2);
}

// ---- k119_fused_sqrt_div_add_div_mul_sub: %199 = sub(%193, %114, %116, %189, %118, %linear2.weight)
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
  if (i >= 84u * 120u) { return; }
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

// ---- k120_fused_mul_mul_add: %202 = add(%98, %exp_avg.linear2.bias, %100, %66)
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
  if (i >= 84u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[0u];
  let l3 = in3[i];
  let t0 = (l0 * l1);
  let t1 = (l2 * l3);
  out[i] = (t0 + t1);
}

// ---- k121_fused_mul_mul_mul_add: %206 = add(%103, %exp_avg_sq.linear2.bias, %66, %105)
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
  if (i >= 84u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let l3 = in3[0u];
  let t0 = (l0 * l1);
  let t1 = (l2 * l2);
  let t2 = (l3 * t1);
  out[i] = (t0 + t2);
}

// ---- k122_fused_sqrt_div_add_div_mul_sub: %212 = sub(%206, %114, %116, %202, %118, %linear2.bias)
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
  if (i >= 84u) { return; }
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

// ---- k123_fused_mul_mul_add: %215 = add(%98, %exp_avg.linear3.weight, %100, %62)
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
  if (i >= 10u * 84u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[0u];
  let l3 = in3[i];
  let t0 = (l0 * l1);
  let t1 = (l2 * l3);
  out[i] = (t0 + t1);
}

// ---- k124_fused_mul_mul_mul_add: %219 = add(%103, %exp_avg_sq.linear3.weight, %62, %105)
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
  if (i >= 10u * 84u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let l3 = in3[0u];
  let t0 = (l0 * l1);
  let t1 = (l2 * l2);
  let t2 = (l3 * t1);
  out[i] = (t0 + t2);
}

// ---- k125_fused_sqrt_div_add_div_mul_sub: %225 = sub(%219, %114, %116, %215, %118, %linear3.weight)
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
  if (i >= 10u * 84u) { return; }
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

// ---- k126_fused_mul_mul_add: %228 = add(%98, %exp_avg.linear3.bias, %100, %60)
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

// ---- k127_fused_mul_mul_mul_add: %232 = add(%103, %exp_avg_sq.linear3.bias, %60, %105)
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

// ---- k128_fused_sqrt_div_add_div_mul_sub: %238 = sub(%232, %114, %116, %228, %118, %linear3.bias)
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
