// FashionCNN.train: 101 kernels for a hardware adapter, dispatched in this order into one command buffer
//   %0 = im2col(%image); one invocation per element of f32[N,576,25]
//   %1 = reshape(%conv2d1.weight); one invocation per element of f32[32,25]
//   %2 = matmul(%0, %1); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[N,576,32]
//   %3 = transpose(%2); one invocation per element of f32[N,32,576]
//   %4 = reshape(%3); one invocation per element of f32[N,32,24,24]
//   %5 = reshape(%conv2d1.bias); one invocation per element of f32[32,1,1]
//   %6 = add(%4, %5); one invocation per element of f32[N,32,24,24]
//   %7 = relu(%6); one invocation per element of f32[N,32,24,24]
//   %8 = maxpool(%7); one invocation per element of f32[N,32,12,12]
//   %9 = im2col(%8); one invocation per element of f32[N,64,800]
//   %10 = reshape(%conv2d2.weight); one invocation per element of f32[64,800]
//   %11 = matmul(%9, %10); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[N,64,64]
//   %12 = transpose(%11); one invocation per element of f32[N,64,64]
//   %13 = reshape(%12); one invocation per element of f32[N,64,8,8]
//   %14 = reshape(%conv2d2.bias); one invocation per element of f32[64,1,1]
//   %15 = add(%13, %14); one invocation per element of f32[N,64,8,8]
//   %16 = relu(%15); one invocation per element of f32[N,64,8,8]
//   %17 = maxpool(%16); one invocation per element of f32[N,64,4,4]
//   %18 = reshape(%17); one invocation per element of f32[N,1024]
//   %19 = matmul(%18, %linear1.weight); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[N,10]
//   %20 = add(%19, %linear1.bias); one invocation per element of f32[N,10]
//   %21 = reduce_max(%20); a workgroup of 64 per element of f32[N,1]
//   %22 = stop_gradient(%21); one invocation per element of f32[N,1]
//   %23 = sub(%20, %22); one invocation per element of f32[N,10]
//   %24 = exp(%23); one invocation per element of f32[N,10]
//   %25 = reduce_sum(%24); a workgroup of 64 per element of f32[N,1]
//   %26 = log(%25); one invocation per element of f32[N,1]
//   %27 = one_hot(%label); one invocation per element of f32[N,10]
//   %28 = reshape(%26); one invocation per element of f32[N]
//   %29 = mul(%23, %27); one invocation per element of f32[N,10]
//   %30 = reduce_sum(%29); a workgroup of 64 per element of f32[N]
//   %31 = sub(%28, %30); one invocation per element of f32[N]
//   %32 = reduce_sum(%31); a workgroup of 64 per element of f32[]
//   %33 = batch_size(); one invocation per element of f32[]
//   %34 = div(%32, %33); one invocation per element of f32[]
//   %35 = argmax(%20); a workgroup of 64 per row of i32[N]
//   %36 = cast(%35); one invocation per element of f32[N]
//   %37 = cast(%label); one invocation per element of f32[N]
//   %38 = equal(%36, %37); one invocation per element of f32[N]
//   %39 = reduce_sum(%38); a workgroup of 64 per element of f32[]
//   %40 = constant(); one invocation per element of f32[]
//   %41 = div(%40, %33); one invocation per element of f32[]
//   %42 = reshape(%41); one invocation per element of f32[1]
//   %43 = broadcast(%42); one invocation per element of f32[N]
//   %44 = neg(%43); one invocation per element of f32[N]
//   %45 = reshape(%44); one invocation per element of f32[N,1]
//   %46 = broadcast(%45); one invocation per element of f32[N,10]
//   %48 = reshape(%43); one invocation per element of f32[N,1]
//   %49 = div(%48, %25); one invocation per element of f32[N,1]
//   %50 = broadcast(%49); one invocation per element of f32[N,10]
//   %52 = mul → mul → add(%46, %27, %50, %24); one invocation per element of f32[N,10]
//   %53 = reduce_sum(%52); a workgroup of 64 per element of f32[1,10]
//   %54 = reshape(%53); one invocation per element of f32[10]
//   %55 = matmul(%52, %linear1.weight); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[N,1024]
//   %56 = matmul(%52, %18); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[10,1024]
//   %57 = reshape(%55); one invocation per element of f32[N,64,4,4]
//   %58 = maxpool_backward(%16, %57); one invocation per element of f32[N,64,8,8]
//   %60 = step → mul(%15, %58); one invocation per element of f32[N,64,8,8]
//   %61 = reduce_sum(%60); a workgroup of 64 per element of f32[1,64,1,1]
//   %62 = reshape(%61); one invocation per element of f32[64,1,1]
//   %63 = reshape(%62); one invocation per element of f32[64]
//   %64 = reshape(%60); one invocation per element of f32[N,64,64]
//   %65 = transpose(%64); one invocation per element of f32[N,64,64]
//   %66 = matmul(%65, %10); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[N,64,800]
//   %67 = matmul(%65, %9); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[64,800]
//   %68 = reshape(%67); one invocation per element of f32[64,32,5,5]
//   %69 = col2im(%66); one invocation per element of f32[N,32,12,12]
//   %70 = maxpool_backward(%7, %69); one invocation per element of f32[N,32,24,24]
//   %72 = step → mul(%6, %70); one invocation per element of f32[N,32,24,24]
//   %73 = reduce_sum(%72); a workgroup of 64 per element of f32[1,32,1,1]
//   %74 = reshape(%73); one invocation per element of f32[32,1,1]
//   %75 = reshape(%74); one invocation per element of f32[32]
//   %76 = reshape(%72); one invocation per element of f32[N,32,576]
//   %77 = transpose(%76); one invocation per element of f32[N,576,32]
//   %78 = matmul(%77, %0); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[32,25]
//   %79 = reshape(%78); one invocation per element of f32[32,1,5,5]
//   %80 = constant(); one invocation per element of f32[]
//   %82 = constant(); one invocation per element of f32[]
//   %84 = mul → mul → add(%80, %exp_avg.conv2d1.weight, %82, %79); one invocation per element of f32[32,1,5,5]
//   %85 = constant(); one invocation per element of f32[]
//   %87 = constant(); one invocation per element of f32[]
//   %90 = mul → mul → mul → add(%85, %exp_avg_sq.conv2d1.weight, %79, %87); one invocation per element of f32[32,1,5,5]
//   %96 = pow → sub → sqrt(%85, %t, %40); one invocation per element of f32[]
//   %98 = constant(); one invocation per element of f32[]
//   %100 = pow → sub → div(%80, %t, %40, %lr); one invocation per element of f32[]
//   %103 = sqrt → div → add → div → mul → sub(%90, %96, %98, %84, %100, %conv2d1.weight); one invocation per element of f32[32,1,5,5]
//   %106 = mul → mul → add(%80, %exp_avg.conv2d1.bias, %82, %75); one invocation per element of f32[32]
//   %110 = mul → mul → mul → add(%85, %exp_avg_sq.conv2d1.bias, %75, %87); one invocation per element of f32[32]
//   %116 = sqrt → div → add → div → mul → sub(%110, %96, %98, %106, %100, %conv2d1.bias); one invocation per element of f32[32]
//   %119 = mul → mul → add(%80, %exp_avg.conv2d2.weight, %82, %68); one invocation per element of f32[64,32,5,5]
//   %123 = mul → mul → mul → add(%85, %exp_avg_sq.conv2d2.weight, %68, %87); one invocation per element of f32[64,32,5,5]
//   %129 = sqrt → div → add → div → mul → sub(%123, %96, %98, %119, %100, %conv2d2.weight); one invocation per element of f32[64,32,5,5]
//   %132 = mul → mul → add(%80, %exp_avg.conv2d2.bias, %82, %63); one invocation per element of f32[64]
//   %136 = mul → mul → mul → add(%85, %exp_avg_sq.conv2d2.bias, %63, %87); one invocation per element of f32[64]
//   %142 = sqrt → div → add → div → mul → sub(%136, %96, %98, %132, %100, %conv2d2.bias); one invocation per element of f32[64]
//   %145 = mul → mul → add(%80, %exp_avg.linear1.weight, %82, %56); one invocation per element of f32[10,1024]
//   %149 = mul → mul → mul → add(%85, %exp_avg_sq.linear1.weight, %56, %87); one invocation per element of f32[10,1024]
//   %155 = sqrt → div → add → div → mul → sub(%149, %96, %98, %145, %100, %linear1.weight); one invocation per element of f32[10,1024]
//   %158 = mul → mul → add(%80, %exp_avg.linear1.bias, %82, %54); one invocation per element of f32[10]
//   %162 = mul → mul → mul → add(%85, %exp_avg_sq.linear1.bias, %54, %87); one invocation per element of f32[10]
//   %168 = sqrt → div → add → div → mul → sub(%162, %96, %98, %158, %100, %linear1.bias); one invocation per element of f32[10]

// ---- k0_im2col: %0 = im2col(%image)
// im2col
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 576u * 25u) { return; }
  let q = i % 25u;
  let p = (i / 25u) % 576u;
  let n = i / 14400u;
  let kx = q % 5u;
  let ky = (q / 5u) % 5u;
  let c = q / 25u;
  let iy = i32((p / 24u) * 1u + ky) - 0i;
  let ix = i32((p % 24u) * 1u + kx) - 0i;
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
  if (i >= 32u * 25u) { return; }
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
  let rows = (params.n * 576u * 32u) / 32u;
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
      tileB[(e % 16u) * 32u + e / 16u] = select(0.0, in1[(min(bc, 31u)) * 25u + min(bp, inner - 1u)], bp < inner && bc < 32u);
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

// ---- k3_transpose: %3 = transpose(%2)
// transpose
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 32u * 576u) { return; }
  var o_rest = i;
  let o2 = o_rest % 576u;
  o_rest = o_rest / 576u;
  let o1 = o_rest % 32u;
  o_rest = o_rest / 32u;
  let o0 = o_rest % params.n;
  o_rest = o_rest / params.n;
  out[i] = in0[o0 * 32u * 576u + o1 * 1u + o2 * 32u];
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
  if (i >= params.n * 32u * 24u * 24u) { return; }
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
  if (i >= 32u * 1u * 1u) { return; }
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
  if (i >= params.n * 32u * 24u * 24u) { return; }
  var o_rest = i;
  let o3 = o_rest % 24u;
  o_rest = o_rest / 24u;
  let o2 = o_rest % 24u;
  o_rest = o_rest / 24u;
  let o1 = o_rest % 32u;
  o_rest = o_rest / 32u;
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
  if (i >= params.n * 32u * 24u * 24u) { return; }
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
  if (i >= params.n * 32u * 12u * 12u) { return; }
  let ox = i % 12u;
  let oy = (i / 12u) % 12u;
  let c = (i / 144u) % 32u;
  let n = i / 4608u;
  var best = 0u;
  var bestV = 0.0;
  var found = false;
  for (var ey = 0u; ey < 2u; ey++) {
    let py = i32(oy * 2u + ey) - 0i;
    if (py < 0 || py >= 24i) { continue; }
    for (var ex = 0u; ex < 2u; ex++) {
      let px = i32(ox * 2u + ex) - 0i;
      if (px < 0 || px >= 24i) { continue; }
      let at = ((n * 32u + c) * 24u + u32(py)) * 24u + u32(px);
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
  if (i >= params.n * 64u * 800u) { return; }
  let q = i % 800u;
  let p = (i / 800u) % 64u;
  let n = i / 51200u;
  let kx = q % 5u;
  let ky = (q / 5u) % 5u;
  let c = q / 25u;
  let iy = i32((p / 8u) * 1u + ky) - 0i;
  let ix = i32((p % 8u) * 1u + kx) - 0i;
  let inside = iy >= 0 && iy < 12i && ix >= 0 && ix < 12i;
  let at = ((n * 32u + c) * 12u + u32(clamp(iy, 0i, 11i))) * 12u + u32(clamp(ix, 0i, 11i));
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
  if (i >= 64u * 800u) { return; }
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
  let rows = (params.n * 64u * 64u) / 64u;
  let inner = 800u;
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
      tileA[(e % 16u) * 32u + e / 16u] = select(0.0, in0[(min(ar, rows - 1u)) * 800u + min(ap, inner - 1u)], ar < rows && ap < inner);
      let bp = p0 + e % 16u;
      let bc = tc + e / 16u;
      tileB[(e % 16u) * 32u + e / 16u] = select(0.0, in1[(min(bc, 63u)) * 800u + min(bp, inner - 1u)], bp < inner && bc < 64u);
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

// ---- k12_transpose: %12 = transpose(%11)
// transpose
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 64u * 64u) { return; }
  var o_rest = i;
  let o2 = o_rest % 64u;
  o_rest = o_rest / 64u;
  let o1 = o_rest % 64u;
  o_rest = o_rest / 64u;
  let o0 = o_rest % params.n;
  o_rest = o_rest / params.n;
  out[i] = in0[o0 * 64u * 64u + o1 * 1u + o2 * 64u];
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
  if (i >= params.n * 64u * 8u * 8u) { return; }
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
  if (i >= 64u * 1u * 1u) { return; }
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
  if (i >= params.n * 64u * 8u * 8u) { return; }
  var o_rest = i;
  let o3 = o_rest % 8u;
  o_rest = o_rest / 8u;
  let o2 = o_rest % 8u;
  o_rest = o_rest / 8u;
  let o1 = o_rest % 64u;
  o_rest = o_rest / 64u;
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
  if (i >= params.n * 64u * 8u * 8u) { return; }
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
  if (i >= params.n * 64u * 4u * 4u) { return; }
  let ox = i % 4u;
  let oy = (i / 4u) % 4u;
  let c = (i / 16u) % 64u;
  let n = i / 1024u;
  var best = 0u;
  var bestV = 0.0;
  var found = false;
  for (var ey = 0u; ey < 2u; ey++) {
    let py = i32(oy * 2u + ey) - 0i;
    if (py < 0 || py >= 8i) { continue; }
    for (var ex = 0u; ex < 2u; ex++) {
      let px = i32(ox * 2u + ex) - 0i;
      if (px < 0 || px >= 8i) { continue; }
      let at = ((n * 64u + c) * 8u + u32(py)) * 8u + u32(px);
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
  if (i >= params.n * 1024u) { return; }
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
  let rows = (params.n * 10u) / 10u;
  let inner = 1024u;
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
      tileA[(e % 16u) * 32u + e / 16u] = select(0.0, in0[(min(ar, rows - 1u)) * 1024u + min(ap, inner - 1u)], ar < rows && ap < inner);
      let bp = p0 + e % 16u;
      let bc = tc + e / 16u;
      tileB[(e % 16u) * 32u + e / 16u] = select(0.0, in1[(min(bc, 9u)) * 1024u + min(bp, inner - 1u)], bp < inner && bc < 10u);
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

// ---- k21_reduce_max: %21 = reduce_max(%20)
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

// ---- k22_stop_gradient: %22 = stop_gradient(%21)
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

// ---- k24_exp: %24 = exp(%23)
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

// ---- k25_reduce_sum: %25 = reduce_sum(%24)
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

// ---- k26_log: %26 = log(%25)
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

// ---- k27_one_hot: %27 = one_hot(%label)
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

// ---- k28_reshape: %28 = reshape(%26)
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

// ---- k29_mul: %29 = mul(%23, %27)
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

// ---- k30_reduce_sum: %30 = reduce_sum(%29)
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

// ---- k31_sub: %31 = sub(%28, %30)
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

// ---- k32_reduce_sum: %32 = reduce_sum(%31)
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

// ---- k33_batch_size: %33 = batch_size()
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

// ---- k34_div: %34 = div(%32, %33)
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

// ---- k35_argmax: %35 = argmax(%20)
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

// ---- k36_cast: %36 = cast(%35)
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

// ---- k37_cast: %37 = cast(%label)
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

// ---- k38_equal: %38 = equal(%36, %37)
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

// ---- k39_reduce_sum: %39 = reduce_sum(%38)
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

// ---- k40_constant: %40 = constant()
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

// ---- k41_div: %41 = div(%40, %33)
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

// ---- k42_reshape: %42 = reshape(%41)
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

// ---- k43_broadcast: %43 = broadcast(%42)
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

// ---- k44_neg: %44 = neg(%43)
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

// ---- k45_reshape: %45 = reshape(%44)
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

// ---- k46_broadcast: %46 = broadcast(%45)
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

// ---- k47_reshape: %48 = reshape(%43)
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

// ---- k48_div: %49 = div(%48, %25)
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

// ---- k49_broadcast: %50 = broadcast(%49)
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

// ---- k50_fused_mul_mul_add: %52 = add(%46, %27, %50, %24)
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

// ---- k51_reduce_sum: %53 = reduce_sum(%52)
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

// ---- k52_reshape: %54 = reshape(%53)
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

// ---- k53_matmul: %55 = matmul(%52, %linear1.weight)
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
  let rows = (params.n * 1024u) / 1024u;
  let inner = 10u;
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
      tileA[(e % 16u) * 32u + e / 16u] = select(0.0, in0[(min(ar, rows - 1u)) * 10u + min(ap, inner - 1u)], ar < rows && ap < inner);
      let bp = p0 + e / 32u;
      let bc = tc + e % 32u;
      tileB[(e / 32u) * 32u + e % 32u] = select(0.0, in1[(min(bp, inner - 1u)) * 1024u + min(bc, 1023u)], bp < inner && bc < 1024u);
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
  if (r0 + 0u < rows && c0 + 0u < 1024u) { out[(r0 + 0u) * 1024u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 1024u) { out[(r0 + 0u) * 1024u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 1024u) { out[(r0 + 0u) * 1024u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 1024u) { out[(r0 + 0u) * 1024u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 1024u) { out[(r0 + 1u) * 1024u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 1024u) { out[(r0 + 1u) * 1024u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 1024u) { out[(r0 + 1u) * 1024u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 1024u) { out[(r0 + 1u) * 1024u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 1024u) { out[(r0 + 2u) * 1024u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 1024u) { out[(r0 + 2u) * 1024u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 1024u) { out[(r0 + 2u) * 1024u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 1024u) { out[(r0 + 2u) * 1024u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 1024u) { out[(r0 + 3u) * 1024u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 1024u) { out[(r0 + 3u) * 1024u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 1024u) { out[(r0 + 3u) * 1024u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 1024u) { out[(r0 + 3u) * 1024u + c0 + 3u] = acc3[3]; }
}

// ---- k54_matmul: %56 = matmul(%52, %18)
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
      let ar = tr + e % 32u;
      let ap = p0 + e / 32u;
      tileA[(e / 32u) * 32u + e % 32u] = select(0.0, in0[(min(ap, inner - 1u)) * 10u + min(ar, rows - 1u)], ar < rows && ap < inner);
      let bp = p0 + e / 32u;
      let bc = tc + e % 32u;
      tileB[(e / 32u) * 32u + e % 32u] = select(0.0, in1[(min(bp, inner - 1u)) * 1024u + min(bc, 1023u)], bp < inner && bc < 1024u);
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
  if (r0 + 0u < rows && c0 + 0u < 1024u) { out[(r0 + 0u) * 1024u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 1024u) { out[(r0 + 0u) * 1024u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 1024u) { out[(r0 + 0u) * 1024u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 1024u) { out[(r0 + 0u) * 1024u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 1024u) { out[(r0 + 1u) * 1024u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 1024u) { out[(r0 + 1u) * 1024u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 1024u) { out[(r0 + 1u) * 1024u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 1024u) { out[(r0 + 1u) * 1024u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 1024u) { out[(r0 + 2u) * 1024u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 1024u) { out[(r0 + 2u) * 1024u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 1024u) { out[(r0 + 2u) * 1024u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 1024u) { out[(r0 + 2u) * 1024u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 1024u) { out[(r0 + 3u) * 1024u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 1024u) { out[(r0 + 3u) * 1024u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 1024u) { out[(r0 + 3u) * 1024u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 1024u) { out[(r0 + 3u) * 1024u + c0 + 3u] = acc3[3]; }
}

// ---- k55_reshape: %57 = reshape(%55)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 64u * 4u * 4u) { return; }
  out[i] = in0[i];
}

// ---- k56_maxpool_backward: %58 = maxpool_backward(%16, %57)
// maxpool_backward
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 64u * 8u * 8u) { return; }
  let ix = i % 8u;
  let iy = (i / 8u) % 8u;
  let c = (i / 64u) % 64u;
  let n = i / 4096u;
  var acc = 0.0;
  for (var ky = 0u; ky < 2u; ky++) {
    let ty = i32(iy) + 0i - i32(ky);
    if (ty < 0 || ty % 2i != 0 || ty / 2i >= 4i) { continue; }
    let oy = u32(ty / 2i);
    for (var kx = 0u; kx < 2u; kx++) {
      let tx = i32(ix) + 0i - i32(kx);
      if (tx < 0 || tx % 2i != 0 || tx / 2i >= 4i) { continue; }
      let ox = u32(tx / 2i);
      var best = 0u;
  var bestV = 0.0;
  var found = false;
  for (var ey = 0u; ey < 2u; ey++) {
    let py = i32(oy * 2u + ey) - 0i;
    if (py < 0 || py >= 8i) { continue; }
    for (var ex = 0u; ex < 2u; ex++) {
      let px = i32(ox * 2u + ex) - 0i;
      if (px < 0 || px >= 8i) { continue; }
      let at = ((n * 64u + c) * 8u + u32(py)) * 8u + u32(px);
      let v = in0[at];
      if (!found || v > bestV || (v != v && bestV == bestV)) { best = at; bestV = v; found = true; }
    }
  }
    if (best == i) { acc += in1[((n * 64u + c) * 4u + oy) * 4u + ox]; }
    }
  }
  out[i] = acc;
}

// ---- k57_fused_step_mul: %60 = mul(%15, %58)
// step → mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 64u * 8u * 8u) { return; }
  let l0 = in0[i];
  let l1 = in1[i];
  let t0 = select(0.0, 1.0, l0 > 0.0);
  out[i] = (l1 * t0);
}

// ---- k58_reduce_sum: %61 = reduce_sum(%60)
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
  let live = o < 1u * 64u * 1u * 1u;
  var o_rest = min(o, 1u * 64u * 1u * 1u - 1u);
  let o3 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let o2 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let o1 = o_rest % 64u;
  o_rest = o_rest / 64u;
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
      let v = in0[base + r0 * 8u * 8u * 64u + r2 * 8u + r3 * 1u];
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

// ---- k59_reshape: %62 = reshape(%61)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 64u * 1u * 1u) { return; }
  out[i] = in0[i];
}

// ---- k60_reshape: %63 = reshape(%62)
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

// ---- k61_reshape: %64 = reshape(%60)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 64u * 64u) { return; }
  out[i] = in0[i];
}

// ---- k62_transpose: %65 = transpose(%64)
// transpose
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 64u * 64u) { return; }
  var o_rest = i;
  let o2 = o_rest % 64u;
  o_rest = o_rest / 64u;
  let o1 = o_rest % 64u;
  o_rest = o_rest / 64u;
  let o0 = o_rest % params.n;
  o_rest = o_rest / params.n;
  out[i] = in0[o0 * 64u * 64u + o1 * 1u + o2 * 64u];
}

// ---- k63_matmul: %66 = matmul(%65, %10)
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
  let rows = (params.n * 64u * 800u) / 800u;
  let inner = 64u;
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
      tileA[(e % 16u) * 32u + e / 16u] = select(0.0, in0[(min(ar, rows - 1u)) * 64u + min(ap, inner - 1u)], ar < rows && ap < inner);
      let bp = p0 + e / 32u;
      let bc = tc + e % 32u;
      tileB[(e / 32u) * 32u + e % 32u] = select(0.0, in1[(min(bp, inner - 1u)) * 800u + min(bc, 799u)], bp < inner && bc < 800u);
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
  if (r0 + 0u < rows && c0 + 0u < 800u) { out[(r0 + 0u) * 800u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 800u) { out[(r0 + 0u) * 800u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 800u) { out[(r0 + 0u) * 800u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 800u) { out[(r0 + 0u) * 800u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 800u) { out[(r0 + 1u) * 800u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 800u) { out[(r0 + 1u) * 800u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 800u) { out[(r0 + 1u) * 800u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 800u) { out[(r0 + 1u) * 800u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 800u) { out[(r0 + 2u) * 800u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 800u) { out[(r0 + 2u) * 800u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 800u) { out[(r0 + 2u) * 800u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 800u) { out[(r0 + 2u) * 800u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 800u) { out[(r0 + 3u) * 800u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 800u) { out[(r0 + 3u) * 800u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 800u) { out[(r0 + 3u) * 800u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 800u) { out[(r0 + 3u) * 800u + c0 + 3u] = acc3[3]; }
}

// ---- k64_matmul: %67 = matmul(%65, %9)
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
  let rows = 64u;
  let inner = params.n * 64u;
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
      tileA[(e / 32u) * 32u + e % 32u] = select(0.0, in0[(min(ap, inner - 1u)) * 64u + min(ar, rows - 1u)], ar < rows && ap < inner);
      let bp = p0 + e / 32u;
      let bc = tc + e % 32u;
      tileB[(e / 32u) * 32u + e % 32u] = select(0.0, in1[(min(bp, inner - 1u)) * 800u + min(bc, 799u)], bp < inner && bc < 800u);
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
  if (r0 + 0u < rows && c0 + 0u < 800u) { out[(r0 + 0u) * 800u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 800u) { out[(r0 + 0u) * 800u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 800u) { out[(r0 + 0u) * 800u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 800u) { out[(r0 + 0u) * 800u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 800u) { out[(r0 + 1u) * 800u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 800u) { out[(r0 + 1u) * 800u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 800u) { out[(r0 + 1u) * 800u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 800u) { out[(r0 + 1u) * 800u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 800u) { out[(r0 + 2u) * 800u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 800u) { out[(r0 + 2u) * 800u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 800u) { out[(r0 + 2u) * 800u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 800u) { out[(r0 + 2u) * 800u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 800u) { out[(r0 + 3u) * 800u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 800u) { out[(r0 + 3u) * 800u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 800u) { out[(r0 + 3u) * 800u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 800u) { out[(r0 + 3u) * 800u + c0 + 3u] = acc3[3]; }
}

// ---- k65_reshape: %68 = reshape(%67)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 64u * 32u * 5u * 5u) { return; }
  out[i] = in0[i];
}

// ---- k66_col2im: %69 = col2im(%66)
// col2im
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 32u * 12u * 12u) { return; }
  let ix = i % 12u;
  let iy = (i / 12u) % 12u;
  let c = (i / 144u) % 32u;
  let n = i / 4608u;
  var acc = 0.0;
  for (var ky = 0u; ky < 5u; ky++) {
    let ty = i32(iy) + 0i - i32(ky);
    if (ty < 0 || ty % 1i != 0 || ty / 1i >= 8i) { continue; }
    let oy = u32(ty / 1i);
    for (var kx = 0u; kx < 5u; kx++) {
      let tx = i32(ix) + 0i - i32(kx);
      if (tx < 0 || tx % 1i != 0 || tx / 1i >= 8i) { continue; }
      let ox = u32(tx / 1i);
      acc += in0[(n * 64u + oy * 8u + ox) * 800u + (c * 5u + ky) * 5u + kx];
    }
  }
  out[i] = acc;
}

// ---- k67_maxpool_backward: %70 = maxpool_backward(%7, %69)
// maxpool_backward
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 32u * 24u * 24u) { return; }
  let ix = i % 24u;
  let iy = (i / 24u) % 24u;
  let c = (i / 576u) % 32u;
  let n = i / 18432u;
  var acc = 0.0;
  for (var ky = 0u; ky < 2u; ky++) {
    let ty = i32(iy) + 0i - i32(ky);
    if (ty < 0 || ty % 2i != 0 || ty / 2i >= 12i) { continue; }
    let oy = u32(ty / 2i);
    for (var kx = 0u; kx < 2u; kx++) {
      let tx = i32(ix) + 0i - i32(kx);
      if (tx < 0 || tx % 2i != 0 || tx / 2i >= 12i) { continue; }
      let ox = u32(tx / 2i);
      var best = 0u;
  var bestV = 0.0;
  var found = false;
  for (var ey = 0u; ey < 2u; ey++) {
    let py = i32(oy * 2u + ey) - 0i;
    if (py < 0 || py >= 24i) { continue; }
    for (var ex = 0u; ex < 2u; ex++) {
      let px = i32(ox * 2u + ex) - 0i;
      if (px < 0 || px >= 24i) { continue; }
      let at = ((n * 32u + c) * 24u + u32(py)) * 24u + u32(px);
      let v = in0[at];
      if (!found || v > bestV || (v != v && bestV == bestV)) { best = at; bestV = v; found = true; }
    }
  }
    if (best == i) { acc += in1[((n * 32u + c) * 12u + oy) * 12u + ox]; }
    }
  }
  out[i] = acc;
}

// ---- k68_fused_step_mul: %72 = mul(%6, %70)
// step → mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 32u * 24u * 24u) { return; }
  let l0 = in0[i];
  let l1 = in1[i];
  let t0 = select(0.0, 1.0, l0 > 0.0);
  out[i] = (l1 * t0);
}

// ---- k69_reduce_sum: %73 = reduce_sum(%72)
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
  let base = o1 * 24u * 24u;
  var acc = 0.0;
  if (live) {
    for (var e = lane; e < params.n * 24u * 24u; e += 64u) {
      var rest = e;
      let r3 = rest % 24u;
      rest = rest / 24u;
      let r2 = rest % 24u;
      rest = rest / 24u;
      let r0 = rest % params.n;
      rest = rest / params.n;
      let v = in0[base + r0 * 24u * 24u * 32u + r2 * 24u + r3 * 1u];
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

// ---- k70_reshape: %74 = reshape(%73)
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

// ---- k71_reshape: %75 = reshape(%74)
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

// ---- k72_reshape: %76 = reshape(%72)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 32u * 576u) { return; }
  out[i] = in0[i];
}

// ---- k73_transpose: %77 = transpose(%76)
// transpose
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 576u * 32u) { return; }
  var o_rest = i;
  let o2 = o_rest % 32u;
  o_rest = o_rest / 32u;
  let o1 = o_rest % 576u;
  o_rest = o_rest / 576u;
  let o0 = o_rest % params.n;
  o_rest = o_rest / params.n;
  out[i] = in0[o0 * 576u * 32u + o1 * 1u + o2 * 576u];
}

// ---- k74_matmul: %78 = matmul(%77, %0)
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
  let inner = params.n * 576u;
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

// ---- k75_reshape: %79 = reshape(%78)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 32u * 1u * 5u * 5u) { return; }
  out[i] = in0[i];
}

// ---- k76_constant: %80 = constant()
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

// ---- k77_constant: %82 = constant()
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

// ---- k78_fused_mul_mul_add: %84 = add(%80, %exp_avg.conv2d1.weight, %82, %79)
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
  if (i >= 32u * 1u * 5u * 5u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[0u];
  let l3 = in3[i];
  let t0 = (l0 * l1);
  let t1 = (l2 * l3);
  out[i] = (t0 + t1);
}

// ---- k79_constant: %85 = constant()
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

// ---- k80_constant: %87 = constant()
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

// ---- k81_fused_mul_mul_mul_add: %90 = add(%85, %exp_avg_sq.conv2d1.weight, %79, %87)
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
  if (i >= 32u * 1u * 5u * 5u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let l3 = in3[0u];
  let t0 = (l0 * l1);
  let t1 = (l2 * l2);
  let t2 = (l3 * t1);
  out[i] = (t0 + t2);
}

// ---- k82_fused_pow_sub_sqrt: %96 = sqrt(%85, %t, %40)
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

// ---- k83_constant: %98 = constant()
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

// ---- k84_fused_pow_sub_div: %100 = div(%80, %t, %40, %lr)
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

// ---- k85_fused_sqrt_div_add_div_mul_sub: %103 = sub(%90, %96, %98, %84, %100, %conv2d1.weight)
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
  if (i >= 32u * 1u * 5u * 5u) { return; }
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

// ---- k86_fused_mul_mul_add: %106 = add(%80, %exp_avg.conv2d1.bias, %82, %75)
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
  if (i >= 32u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[0u];
  let l3 = in3[i];
  let t0 = (l0 * l1);
  let t1 = (l2 * l3);
  out[i] = (t0 + t1);
}

// ---- k87_fused_mul_mul_mul_add: %110 = add(%85, %exp_avg_sq.conv2d1.bias, %75, %87)
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

// ---- k88_fused_sqrt_div_add_div_mul_sub: %116 = sub(%110, %96, %98, %106, %100, %conv2d1.bias)
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
  if (i >= 32u) { return; }
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

// ---- k89_fused_mul_mul_add: %119 = add(%80, %exp_avg.conv2d2.weight, %82, %68)
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
  if (i >= 64u * 32u * 5u * 5u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[0u];
  let l3 = in3[i];
  let t0 = (l0 * l1);
  let t1 = (l2 * l3);
  out[i] = (t0 + t1);
}

// ---- k90_fused_mul_mul_mul_add: %123 = add(%85, %exp_avg_sq.conv2d2.weight, %68, %87)
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
  if (i >= 64u * 32u * 5u * 5u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let l3 = in3[0u];
  let t0 = (l0 * l1);
  let t1 = (l2 * l2);
  let t2 = (l3 * t1);
  out[i] = (t0 + t2);
}

// ---- k91_fused_sqrt_div_add_div_mul_sub: %129 = sub(%123, %96, %98, %119, %100, %conv2d2.weight)
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
  if (i >= 64u * 32u * 5u * 5u) { return; }
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

// ---- k92_fused_mul_mul_add: %132 = add(%80, %exp_avg.conv2d2.bias, %82, %63)
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
  if (i >= 64u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[0u];
  let l3 = in3[i];
  let t0 = (l0 * l1);
  let t1 = (l2 * l3);
  out[i] = (t0 + t1);
}

// ---- k93_fused_mul_mul_mul_add: %136 = add(%85, %exp_avg_sq.conv2d2.bias, %63, %87)
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
  if (i >= 64u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let l3 = in3[0u];
  let t0 = (l0 * l1);
  let t1 = (l2 * l2);
  let t2 = (l3 * t1);
  out[i] = (t0 + t2);
}

// ---- k94_fused_sqrt_div_add_div_mul_sub: %142 = sub(%136, %96, %98, %132, %100, %conv2d2.bias)
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
  if (i >= 64u) { return; }
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

// ---- k95_fused_mul_mul_add: %145 = add(%80, %exp_avg.linear1.weight, %82, %56)
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
  if (i >= 10u * 1024u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[0u];
  let l3 = in3[i];
  let t0 = (l0 * l1);
  let t1 = (l2 * l3);
  out[i] = (t0 + t1);
}

// ---- k96_fused_mul_mul_mul_add: %149 = add(%85, %exp_avg_sq.linear1.weight, %56, %87)
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
  if (i >= 10u * 1024u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let l3 = in3[0u];
  let t0 = (l0 * l1);
  let t1 = (l2 * l2);
  let t2 = (l3 * t1);
  out[i] = (t0 + t2);
}

// ---- k97_fused_sqrt_div_add_div_mul_sub: %155 = sub(%149, %96, %98, %145, %100, %linear1.weight)
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
  if (i >= 10u * 1024u) { return; }
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

// ---- k98_fused_mul_mul_add: %158 = add(%80, %exp_avg.linear1.bias, %82, %54)
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

// ---- k99_fused_mul_mul_mul_add: %162 = add(%85, %exp_avg_sq.linear1.bias, %54, %87)
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

// ---- k100_fused_sqrt_div_add_div_mul_sub: %168 = sub(%162, %96, %98, %158, %100, %linear1.bias)
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
