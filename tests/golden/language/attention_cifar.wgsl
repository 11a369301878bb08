// AttentionNet.train: 101 kernels for a hardware adapter, dispatched in this order into one command buffer
//   %0 = im2col(%x); one invocation per element of f32[N,1024,27]
//   %1 = reshape(%conv2d1.weight); one invocation per element of f32[32,27]
//   %2 = matmul(%0, %1); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[N,1024,32]
//   %3 = transpose(%2); one invocation per element of f32[N,32,1024]
//   %4 = reshape(%3); one invocation per element of f32[N,32,32,32]
//   %5 = reshape(%conv2d1.bias); one invocation per element of f32[32,1,1]
//   %6 = add(%4, %5); one invocation per element of f32[N,32,32,32]
//   %7 = relu(%6); one invocation per element of f32[N,32,32,32]
//   %8 = im2col(%7); one invocation per element of f32[N,1024,32]
//   %9 = reshape(%conv2d2.weight); one invocation per element of f32[1,32]
//   %10 = matmul(%8, %9); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[N,1024,1]
//   %11 = transpose(%10); one invocation per element of f32[N,1,1024]
//   %12 = reshape(%11); one invocation per element of f32[N,1,32,32]
//   %13 = reshape(%conv2d2.bias); one invocation per element of f32[1,1,1]
//   %15 = add → sigmoid(%12, %13); one invocation per element of f32[N,1,32,32]
//   %16 = mul(%7, %15); one invocation per element of f32[N,32,32,32]
//   %17 = maxpool(%16); one invocation per element of f32[N,32,16,16]
//   %18 = reshape(%17); one invocation per element of f32[N,8192]
//   %19 = matmul(%18, %linear1.weight); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[N,10]
//   %20 = add(%19, %linear1.bias); one invocation per element of f32[N,10]
//   %21 = reduce_max(%20); a workgroup of 64 per element of f32[N,1]
//   %22 = stop_gradient(%21); one invocation per element of f32[N,1]
//   %23 = sub(%20, %22); one invocation per element of f32[N,10]
//   %24 = exp(%23); one invocation per element of f32[N,10]
//   %25 = reduce_sum(%24); a workgroup of 64 per element of f32[N,1]
//   %26 = log(%25); one invocation per element of f32[N,1]
//   %27 = one_hot(%y); one invocation per element of f32[N,10]
//   %28 = reshape(%26); one invocation per element of f32[N]
//   %29 = mul(%23, %27); one invocation per element of f32[N,10]
//   %30 = reduce_sum(%29); a workgroup of 64 per element of f32[N]
//   %31 = sub(%28, %30); one invocation per element of f32[N]
//   %32 = reduce_sum(%31); a workgroup of 64 per element of f32[]
//   %33 = batch_size(); one invocation per element of f32[]
//   %34 = div(%32, %33); one invocation per element of f32[]
//   %35 = argmax(%20); a workgroup of 64 per row of i32[N]
//   %36 = cast(%35); one invocation per element of f32[N]
//   %37 = cast(%y); one invocation per element of f32[N]
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
//   %55 = matmul(%52, %linear1.weight); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[N,8192]
//   %56 = matmul(%52, %18); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[10,8192]
//   %57 = reshape(%55); one invocation per element of f32[N,32,16,16]
//   %58 = maxpool_backward(%16, %57); one invocation per element of f32[N,32,32,32]
//   %60 = mul(%58, %7); one invocation per element of f32[N,32,32,32]
//   %61 = reduce_sum(%60); a workgroup of 64 per element of f32[N,1,32,32]
//   %64 = sub → mul → mul(%40, %15, %61); one invocation per element of f32[N,1,32,32]
//   %65 = reduce_sum(%64); a workgroup of 64 per element of f32[1,1,1,1]
//   %66 = reshape(%65); one invocation per element of f32[1,1,1]
//   %67 = reshape(%66); one invocation per element of f32[1]
//   %68 = reshape(%64); one invocation per element of f32[N,1,1024]
//   %69 = transpose(%68); one invocation per element of f32[N,1024,1]
//   %70 = matmul(%69, %9); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[N,1024,32]
//   %71 = matmul(%69, %8); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[1,32]
//   %72 = reshape(%71); one invocation per element of f32[1,32,1,1]
//   %73 = col2im(%70); one invocation per element of f32[N,32,32,32]
//   %76 = mul → add → step → mul(%58, %15, %73, %6); one invocation per element of f32[N,32,32,32]
//   %77 = reduce_sum(%76); a workgroup of 64 per element of f32[1,32,1,1]
//   %78 = reshape(%77); one invocation per element of f32[32,1,1]
//   %79 = reshape(%78); one invocation per element of f32[32]
//   %80 = reshape(%76); one invocation per element of f32[N,32,1024]
//   %81 = transpose(%80); one invocation per element of f32[N,1024,32]
//   %82 = matmul(%81, %0); a workgroup of 64 per 32x32 tile, staged in workgroup memory of f32[32,27]
//   %83 = reshape(%82); one invocation per element of f32[32,3,3,3]
//   %84 = constant(); one invocation per element of f32[]
//   %86 = constant(); one invocation per element of f32[]
//   %88 = mul → mul → add(%84, %exp_avg.conv2d1.weight, %86, %83); one invocation per element of f32[32,3,3,3]
//   %89 = constant(); one invocation per element of f32[]
//   %91 = constant(); one invocation per element of f32[]
//   %94 = mul → mul → mul → add(%89, %exp_avg_sq.conv2d1.weight, %83, %91); one invocation per element of f32[32,3,3,3]
//   %100 = pow → sub → sqrt(%89, %t, %40); one invocation per element of f32[]
//   %102 = constant(); one invocation per element of f32[]
//   %104 = pow → sub → div(%84, %t, %40, %lr); one invocation per element of f32[]
//   %107 = sqrt → div → add → div → mul → sub(%94, %100, %102, %88, %104, %conv2d1.weight); one invocation per element of f32[32,3,3,3]
//   %110 = mul → mul → add(%84, %exp_avg.conv2d1.bias, %86, %79); one invocation per element of f32[32]
//   %114 = mul → mul → mul → add(%89, %exp_avg_sq.conv2d1.bias, %79, %91); one invocation per element of f32[32]
//   %120 = sqrt → div → add → div → mul → sub(%114, %100, %102, %110, %104, %conv2d1.bias); one invocation per element of f32[32]
//   %123 = mul → mul → add(%84, %exp_avg.conv2d2.weight, %86, %72); one invocation per element of f32[1,32,1,1]
//   %127 = mul → mul → mul → add(%89, %exp_avg_sq.conv2d2.weight, %72, %91); one invocation per element of f32[1,32,1,1]
//   %133 = sqrt → div → add → div → mul → sub(%127, %100, %102, %123, %104, %conv2d2.weight); one invocation per element of f32[1,32,1,1]
//   %136 = mul → mul → add(%84, %exp_avg.conv2d2.bias, %86, %67); one invocation per element of f32[1]
//   %140 = mul → mul → mul → add(%89, %exp_avg_sq.conv2d2.bias, %67, %91); one invocation per element of f32[1]
//   %146 = sqrt → div → add → div → mul → sub(%140, %100, %102, %136, %104, %conv2d2.bias); one invocation per element of f32[1]
//   %149 = mul → mul → add(%84, %exp_avg.linear1.weight, %86, %56); one invocation per element of f32[10,8192]
//   %153 = mul → mul → mul → add(%89, %exp_avg_sq.linear1.weight, %56, %91); one invocation per element of f32[10,8192]
//   %159 = sqrt → div → add → div → mul → sub(%153, %100, %102, %149, %104, %linear1.weight); one invocation per element of f32[10,8192]
//   %162 = mul → mul → add(%84, %exp_avg.linear1.bias, %86, %54); one invocation per element of f32[10]
//   %166 = mul → mul → mul → add(%89, %exp_avg_sq.linear1.bias, %54, %91); one invocation per element of f32[10]
//   %172 = sqrt → div → add → div → mul → sub(%166, %100, %102, %162, %104, %linear1.bias); one invocation per element of f32[10]

// ---- k0_im2col: %0 = im2col(%x)
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

// ---- k1_reshape: %1 = reshape(%conv2d1.weight)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 32u * 27u) { return; }
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
  let rows = (params.n * 1024u * 32u) / 32u;
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
      tileB[(e % 16u) * 32u + e / 16u] = select(0.0, in1[(min(bc, 31u)) * 27u + min(bp, inner - 1u)], bp < inner && bc < 32u);
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
  if (i >= params.n * 32u * 1024u) { return; }
  var o_rest = i;
  let o2 = o_rest % 1024u;
  o_rest = o_rest / 1024u;
  let o1 = o_rest % 32u;
  o_rest = o_rest / 32u;
  let o0 = o_rest % params.n;
  o_rest = o_rest / params.n;
  out[i] = in0[o0 * 32u * 1024u + o1 * 1u + o2 * 32u];
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
  if (i >= params.n * 32u * 32u * 32u) { return; }
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
  if (i >= params.n * 32u * 32u * 32u) { return; }
  var o_rest = i;
  let o3 = o_rest % 32u;
  o_rest = o_rest / 32u;
  let o2 = o_rest % 32u;
  o_rest = o_rest / 32u;
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
  if (i >= params.n * 32u * 32u * 32u) { return; }
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
  if (i >= params.n * 1024u * 32u) { return; }
  let q = i % 32u;
  let p = (i / 32u) % 1024u;
  let n = i / 32768u;
  let kx = q % 1u;
  let ky = (q / 1u) % 1u;
  let c = q / 1u;
  let iy = i32((p / 32u) * 1u + ky) - 0i;
  let ix = i32((p % 32u) * 1u + kx) - 0i;
  let inside = iy >= 0 && iy < 32i && ix >= 0 && ix < 32i;
  let at = ((n * 32u + c) * 32u + u32(clamp(iy, 0i, 31i))) * 32u + u32(clamp(ix, 0i, 31i));
  out[i] = select(0.0, in0[at], inside);
}

// ---- k9_reshape: %9 = reshape(%conv2d2.weight)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 1u * 32u) { return; }
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
  let rows = (params.n * 1024u * 1u) / 1u;
  let inner = 32u;
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
      tileA[(e % 16u) * 32u + e / 16u] = select(0.0, in0[(min(ar, rows - 1u)) * 32u + min(ap, inner - 1u)], ar < rows && ap < inner);
      let bp = p0 + e % 16u;
      let bc = tc + e / 16u;
      tileB[(e % 16u) * 32u + e / 16u] = select(0.0, in1[(min(bc, 0u)) * 32u + min(bp, inner - 1u)], bp < inner && bc < 1u);
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
  if (r0 + 0u < rows && c0 + 0u < 1u) { out[(r0 + 0u) * 1u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 1u) { out[(r0 + 0u) * 1u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 1u) { out[(r0 + 0u) * 1u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 1u) { out[(r0 + 0u) * 1u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 1u) { out[(r0 + 1u) * 1u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 1u) { out[(r0 + 1u) * 1u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 1u) { out[(r0 + 1u) * 1u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 1u) { out[(r0 + 1u) * 1u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 1u) { out[(r0 + 2u) * 1u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 1u) { out[(r0 + 2u) * 1u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 1u) { out[(r0 + 2u) * 1u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 1u) { out[(r0 + 2u) * 1u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 1u) { out[(r0 + 3u) * 1u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 1u) { out[(r0 + 3u) * 1u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 1u) { out[(r0 + 3u) * 1u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 1u) { out[(r0 + 3u) * 1u + c0 + 3u] = acc3[3]; }
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
  if (i >= params.n * 1u * 1024u) { return; }
  var o_rest = i;
  let o2 = o_rest % 1024u;
  o_rest = o_rest / 1024u;
  let o1 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let o0 = o_rest % params.n;
  o_rest = o_rest / params.n;
  out[i] = in0[o0 * 1024u + o1 * 1u + o2 * 1u];
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
  if (i >= params.n * 1u * 32u * 32u) { return; }
  out[i] = in0[i];
}

// ---- k13_reshape: %13 = reshape(%conv2d2.bias)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 1u * 1u * 1u) { return; }
  out[i] = in0[i];
}

// ---- k14_fused_add_sigmoid: %15 = sigmoid(%12, %13)
// add → sigmoid
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 1u * 32u * 32u) { return; }
  let l0 = in0[i];
  let l1 = in1[0u];
  let t0 = (l0 + l1);
  out[i] = select(exp(t0) / (1.0 + exp(t0)), 1.0 / (1.0 + exp(-t0)), t0 >= 0.0);
}

// ---- k15_mul: %16 = mul(%7, %15)
// mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 32u * 32u * 32u) { return; }
  var o_rest = i;
  let o3 = o_rest % 32u;
  o_rest = o_rest / 32u;
  let o2 = o_rest % 32u;
  o_rest = o_rest / 32u;
  let o1 = o_rest % 32u;
  o_rest = o_rest / 32u;
  let o0 = o_rest % params.n;
  o_rest = o_rest / params.n;
  let l0 = in0[i];
  let l1 = in1[o0 * 32u * 32u * 1u + o2 * 32u + o3 * 1u];
  out[i] = (l0 * l1);
}

// ---- k16_maxpool: %17 = maxpool(%16)
// maxpool
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 32u * 16u * 16u) { return; }
  let ox = i % 16u;
  let oy = (i / 16u) % 16u;
  let c = (i / 256u) % 32u;
  let n = i / 8192u;
  var best = 0u;
  var bestV = 0.0;
  var found = false;
  for (var ey = 0u; ey < 2u; ey++) {
    let py = i32(oy * 2u + ey) - 0i;
    if (py < 0 || py >= 32i) { continue; }
    for (var ex = 0u; ex < 2u; ex++) {
      let px = i32(ox * 2u + ex) - 0i;
      if (px < 0 || px >= 32i) { continue; }
      let at = ((n * 32u + c) * 32u + u32(py)) * 32u + u32(px);
      let v = in0[at];
      if (!found || v > bestV || (v != v && bestV == bestV)) { best = at; bestV = v; found = true; }
    }
  }
  out[i] = in0[best];
}

// ---- k17_reshape: %18 = reshape(%17)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 8192u) { return; }
  out[i] = in0[i];
}

// ---- k18_matmul: %19 = matmul(%18, %linear1.weight)
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
  let inner = 8192u;
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
      tileA[(e % 16u) * 32u + e / 16u] = select(0.0, in0[(min(ar, rows - 1u)) * 8192u + min(ap, inner - 1u)], ar < rows && ap < inner);
      let bp = p0 + e % 16u;
      let bc = tc + e / 16u;
      tileB[(e % 16u) * 32u + e / 16u] = select(0.0, in1[(min(bc, 9u)) * 8192u + min(bp, inner - 1u)], bp < inner && bc < 10u);
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

// ---- k19_add: %20 = add(%19, %linear1.bias)
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

// ---- k20_reduce_max: %21 = reduce_max(%20)
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

// ---- k21_stop_gradient: %22 = stop_gradient(%21)
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

// ---- k22_sub: %23 = sub(%20, %22)
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

// ---- k23_exp: %24 = exp(%23)
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

// ---- k24_reduce_sum: %25 = reduce_sum(%24)
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

// ---- k25_log: %26 = log(%25)
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

// ---- k26_one_hot: %27 = one_hot(%y)
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

// ---- k27_reshape: %28 = reshape(%26)
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

// ---- k28_mul: %29 = mul(%23, %27)
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

// ---- k29_reduce_sum: %30 = reduce_sum(%29)
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

// ---- k30_sub: %31 = sub(%28, %30)
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

// ---- k31_reduce_sum: %32 = reduce_sum(%31)
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

// ---- k32_batch_size: %33 = batch_size()
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

// ---- k33_div: %34 = div(%32, %33)
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

// ---- k34_argmax: %35 = argmax(%20)
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

// ---- k35_cast: %36 = cast(%35)
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

// ---- k36_cast: %37 = cast(%y)
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

// ---- k37_equal: %38 = equal(%36, %37)
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

// ---- k38_reduce_sum: %39 = reduce_sum(%38)
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

// ---- k39_constant: %40 = constant()
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

// ---- k40_div: %41 = div(%40, %33)
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

// ---- k41_reshape: %42 = reshape(%41)
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

// ---- k42_broadcast: %43 = broadcast(%42)
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

// ---- k43_neg: %44 = neg(%43)
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

// ---- k44_reshape: %45 = reshape(%44)
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

// ---- k45_broadcast: %46 = broadcast(%45)
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

// ---- k46_reshape: %48 = reshape(%43)
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

// ---- k47_div: %49 = div(%48, %25)
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

// ---- k48_broadcast: %50 = broadcast(%49)
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

// ---- k49_fused_mul_mul_add: %52 = add(%46, %27, %50, %24)
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

// ---- k50_reduce_sum: %53 = reduce_sum(%52)
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

// ---- k51_reshape: %54 = reshape(%53)
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

// ---- k52_matmul: %55 = matmul(%52, %linear1.weight)
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
  let rows = (params.n * 8192u) / 8192u;
  let inner = 10u;
  let group = i / 64u;
  let lane = i % 64u;
  let tr = (group / 256u) * 32u;
  let tc = (group % 256u) * 32u;
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
      tileB[(e / 32u) * 32u + e % 32u] = select(0.0, in1[(min(bp, inner - 1u)) * 8192u + min(bc, 8191u)], bp < inner && bc < 8192u);
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
  if (r0 + 0u < rows && c0 + 0u < 8192u) { out[(r0 + 0u) * 8192u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 8192u) { out[(r0 + 0u) * 8192u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 8192u) { out[(r0 + 0u) * 8192u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 8192u) { out[(r0 + 0u) * 8192u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 8192u) { out[(r0 + 1u) * 8192u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 8192u) { out[(r0 + 1u) * 8192u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 8192u) { out[(r0 + 1u) * 8192u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 8192u) { out[(r0 + 1u) * 8192u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 8192u) { out[(r0 + 2u) * 8192u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 8192u) { out[(r0 + 2u) * 8192u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 8192u) { out[(r0 + 2u) * 8192u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 8192u) { out[(r0 + 2u) * 8192u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 8192u) { out[(r0 + 3u) * 8192u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 8192u) { out[(r0 + 3u) * 8192u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 8192u) { out[(r0 + 3u) * 8192u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 8192u) { out[(r0 + 3u) * 8192u + c0 + 3u] = acc3[3]; }
}

// ---- k53_matmul: %56 = matmul(%52, %18)
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
  let tr = (group / 256u) * 32u;
  let tc = (group % 256u) * 32u;
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
      tileB[(e / 32u) * 32u + e % 32u] = select(0.0, in1[(min(bp, inner - 1u)) * 8192u + min(bc, 8191u)], bp < inner && bc < 8192u);
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
  if (r0 + 0u < rows && c0 + 0u < 8192u) { out[(r0 + 0u) * 8192u + c0 + 0u] = acc0[0]; }
  if (r0 + 0u < rows && c0 + 1u < 8192u) { out[(r0 + 0u) * 8192u + c0 + 1u] = acc0[1]; }
  if (r0 + 0u < rows && c0 + 2u < 8192u) { out[(r0 + 0u) * 8192u + c0 + 2u] = acc0[2]; }
  if (r0 + 0u < rows && c0 + 3u < 8192u) { out[(r0 + 0u) * 8192u + c0 + 3u] = acc0[3]; }
  if (r0 + 1u < rows && c0 + 0u < 8192u) { out[(r0 + 1u) * 8192u + c0 + 0u] = acc1[0]; }
  if (r0 + 1u < rows && c0 + 1u < 8192u) { out[(r0 + 1u) * 8192u + c0 + 1u] = acc1[1]; }
  if (r0 + 1u < rows && c0 + 2u < 8192u) { out[(r0 + 1u) * 8192u + c0 + 2u] = acc1[2]; }
  if (r0 + 1u < rows && c0 + 3u < 8192u) { out[(r0 + 1u) * 8192u + c0 + 3u] = acc1[3]; }
  if (r0 + 2u < rows && c0 + 0u < 8192u) { out[(r0 + 2u) * 8192u + c0 + 0u] = acc2[0]; }
  if (r0 + 2u < rows && c0 + 1u < 8192u) { out[(r0 + 2u) * 8192u + c0 + 1u] = acc2[1]; }
  if (r0 + 2u < rows && c0 + 2u < 8192u) { out[(r0 + 2u) * 8192u + c0 + 2u] = acc2[2]; }
  if (r0 + 2u < rows && c0 + 3u < 8192u) { out[(r0 + 2u) * 8192u + c0 + 3u] = acc2[3]; }
  if (r0 + 3u < rows && c0 + 0u < 8192u) { out[(r0 + 3u) * 8192u + c0 + 0u] = acc3[0]; }
  if (r0 + 3u < rows && c0 + 1u < 8192u) { out[(r0 + 3u) * 8192u + c0 + 1u] = acc3[1]; }
  if (r0 + 3u < rows && c0 + 2u < 8192u) { out[(r0 + 3u) * 8192u + c0 + 2u] = acc3[2]; }
  if (r0 + 3u < rows && c0 + 3u < 8192u) { out[(r0 + 3u) * 8192u + c0 + 3u] = acc3[3]; }
}

// ---- k54_reshape: %57 = reshape(%55)
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

// ---- k55_maxpool_backward: %58 = maxpool_backward(%16, %57)
// maxpool_backward
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 32u * 32u * 32u) { return; }
  let ix = i % 32u;
  let iy = (i / 32u) % 32u;
  let c = (i / 1024u) % 32u;
  let n = i / 32768u;
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
      let at = ((n * 32u + c) * 32u + u32(py)) * 32u + u32(px);
      let v = in0[at];
      if (!found || v > bestV || (v != v && bestV == bestV)) { best = at; bestV = v; found = true; }
    }
  }
    if (best == i) { acc += in1[((n * 32u + c) * 16u + oy) * 16u + ox]; }
    }
  }
  out[i] = acc;
}

// ---- k56_mul: %60 = mul(%58, %7)
// mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 32u * 32u * 32u) { return; }
  let l0 = in0[i];
  let l1 = in1[i];
  out[i] = (l0 * l1);
}

// ---- k57_reduce_sum: %61 = reduce_sum(%60)
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
  let live = o < params.n * 1u * 32u * 32u;
  var o_rest = min(o, params.n * 1u * 32u * 32u - 1u);
  let o3 = o_rest % 32u;
  o_rest = o_rest / 32u;
  let o2 = o_rest % 32u;
  o_rest = o_rest / 32u;
  let o1 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let o0 = o_rest % params.n;
  o_rest = o_rest / params.n;
  let base = o0 * 32u * 32u * 32u + o2 * 32u + o3 * 1u;
  var acc = 0.0;
  if (live) {
    for (var e = lane; e < 32u; e += 64u) {
      var rest = e;
      let r1 = rest % 32u;
      rest = rest / 32u;
      let v = in0[base + r1 * 32u * 32u];
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

// ---- k58_fused_sub_mul_mul: %64 = mul(%40, %15, %61)
// sub → mul → mul
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read> in1: array<f32>;
@group(0) @binding(3) var<storage, read> in2: array<f32>;
@group(0) @binding(4) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 1u * 32u * 32u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let t0 = (l0 - l1);
  let t1 = (l1 * t0);
  out[i] = (l2 * t1);
}

// ---- k59_reduce_sum: %65 = reduce_sum(%64)
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
  let live = o < 1u * 1u * 1u * 1u;
  var o_rest = min(o, 1u * 1u * 1u * 1u - 1u);
  let o3 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let o2 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let o1 = o_rest % 1u;
  o_rest = o_rest / 1u;
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
      let v = in0[base + r0 * 32u * 32u * 1u + r2 * 32u + r3 * 1u];
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

// ---- k60_reshape: %66 = reshape(%65)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 1u * 1u * 1u) { return; }
  out[i] = in0[i];
}

// ---- k61_reshape: %67 = reshape(%66)
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

// ---- k62_reshape: %68 = reshape(%64)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 1u * 1024u) { return; }
  out[i] = in0[i];
}

// ---- k63_transpose: %69 = transpose(%68)
// transpose
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 1024u * 1u) { return; }
  var o_rest = i;
  let o2 = o_rest % 1u;
  o_rest = o_rest / 1u;
  let o1 = o_rest % 1024u;
  o_rest = o_rest / 1024u;
  let o0 = o_rest % params.n;
  o_rest = o_rest / params.n;
  out[i] = in0[o0 * 1024u * 1u + o1 * 1u + o2 * 1024u];
}

// ---- k64_matmul: %70 = matmul(%69, %9)
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
  let rows = (params.n * 1024u * 32u) / 32u;
  let inner = 1u;
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
      tileA[(e % 16u) * 32u + e / 16u] = select(0.0, in0[(min(ar, rows - 1u)) * 1u + min(ap, inner - 1u)], ar < rows && ap < inner);
      let bp = p0 + e / 32u;
      let bc = tc + e % 32u;
      tileB[(e / 32u) * 32u + e % 32u] = select(0.0, in1[(min(bp, inner - 1u)) * 32u + min(bc, 31u)], bp < inner && bc < 32u);
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

// ---- k65_matmul: %71 = matmul(%69, %8)
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
  let rows = 1u;
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
      tileA[(e / 32u) * 32u + e % 32u] = select(0.0, in0[(min(ap, inner - 1u)) * 1u + min(ar, rows - 1u)], ar < rows && ap < inner);
      let bp = p0 + e / 32u;
      let bc = tc + e % 32u;
      tileB[(e / 32u) * 32u + e % 32u] = select(0.0, in1[(min(bp, inner - 1u)) * 32u + min(bc, 31u)], bp < inner && bc < 32u);
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

// ---- k66_reshape: %72 = reshape(%71)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 1u * 32u * 1u * 1u) { return; }
  out[i] = in0[i];
}

// ---- k67_col2im: %73 = col2im(%70)
// col2im
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 32u * 32u * 32u) { return; }
  let ix = i % 32u;
  let iy = (i / 32u) % 32u;
  let c = (i / 1024u) % 32u;
  let n = i / 32768u;
  var acc = 0.0;
  for (var ky = 0u; ky < 1u; ky++) {
    let ty = i32(iy) + 0i - i32(ky);
    if (ty < 0 || ty % 1i != 0 || ty / 1i >= 32i) { continue; }
    let oy = u32(ty / 1i);
    for (var kx = 0u; kx < 1u; kx++) {
      let tx = i32(ix) + 0i - i32(kx);
      if (tx < 0 || tx % 1i != 0 || tx / 1i >= 32i) { continue; }
      let ox = u32(tx / 1i);
      acc += in0[(n * 1024u + oy * 32u + ox) * 32u + (c * 1u + ky) * 1u + kx];
    }
  }
  out[i] = acc;
}

// ---- k68_fused_mul_add_step_mul: %76 = mul(%58, %15, %73, %6)
// mul → add → step → mul
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
  if (i >= params.n * 32u * 32u * 32u) { return; }
  var o_rest = i;
  let o3 = o_rest % 32u;
  o_rest = o_rest / 32u;
  let o2 = o_rest % 32u;
  o_rest = o_rest / 32u;
  let o1 = o_rest % 32u;
  o_rest = o_rest / 32u;
  let o0 = o_rest % params.n;
  o_rest = o_rest / params.n;
  let l0 = in0[i];
  let l1 = in1[o0 * 32u * 32u * 1u + o2 * 32u + o3 * 1u];
  let l2 = in2[i];
  let l3 = in3[i];
  let t0 = (l0 * l1);
  let t1 = (t0 + l2);
  let t2 = select(0.0, 1.0, l3 > 0.0);
  out[i] = (t1 * t2);
}

// ---- k69_reduce_sum: %77 = reduce_sum(%76)
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
      let v = in0[base + r0 * 32u * 32u * 32u + r2 * 32u + r3 * 1u];
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

// ---- k70_reshape: %78 = reshape(%77)
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

// ---- k71_reshape: %79 = reshape(%78)
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

// ---- k72_reshape: %80 = reshape(%76)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 32u * 1024u) { return; }
  out[i] = in0[i];
}

// ---- k73_transpose: %81 = transpose(%80)
// transpose
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.n * 1024u * 32u) { return; }
  var o_rest = i;
  let o2 = o_rest % 32u;
  o_rest = o_rest / 32u;
  let o1 = o_rest % 1024u;
  o_rest = o_rest / 1024u;
  let o0 = o_rest % params.n;
  o_rest = o_rest / params.n;
  out[i] = in0[o0 * 1024u * 32u + o1 * 1u + o2 * 1024u];
}

// ---- k74_matmul: %82 = matmul(%81, %0)
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
      tileA[(e / 32u) * 32u + e % 32u] = select(0.0, in0[(min(ap, inner - 1u)) * 32u + min(ar, rows - 1u)], ar < rows && ap < inner);
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

// ---- k75_reshape: %83 = reshape(%82)
// reshape
struct Params { n: u32 }
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> in0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= 32u * 3u * 3u * 3u) { return; }
  out[i] = in0[i];
}

// ---- k76_constant: %84 = constant()
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

// ---- k77_constant: %86 = constant()
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

// ---- k78_fused_mul_mul_add: %88 = add(%84, %exp_avg.conv2d1.weight, %86, %83)
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
  if (i >= 32u * 3u * 3u * 3u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[0u];
  let l3 = in3[i];
  let t0 = (l0 * l1);
  let t1 = (l2 * l3);
  out[i] = (t0 + t1);
}

// ---- k79_constant: %89 = constant()
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

// ---- k80_constant: %91 = constant()
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

// ---- k81_fused_mul_mul_mul_add: %94 = add(%89, %exp_avg_sq.conv2d1.weight, %83, %91)
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
  if (i >= 32u * 3u * 3u * 3u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let l3 = in3[0u];
  let t0 = (l0 * l1);
  let t1 = (l2 * l2);
  let t2 = (l3 * t1);
  out[i] = (t0 + t2);
}

// ---- k82_fused_pow_sub_sqrt: %100 = sqrt(%89, %t, %40)
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

// ---- k83_constant: %102 = constant()
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

// ---- k84_fused_pow_sub_div: %104 = div(%84, %t, %40, %lr)
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

// ---- k85_fused_sqrt_div_add_div_mul_sub: %107 = sub(%94, %100, %102, %88, %104, %conv2d1.weight)
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
  if (i >= 32u * 3u * 3u * 3u) { return; }
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

// ---- k86_fused_mul_mul_add: %110 = add(%84, %exp_avg.conv2d1.bias, %86, %79)
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

// ---- k87_fused_mul_mul_mul_add: %114 = add(%89, %exp_avg_sq.conv2d1.bias, %79, %91)
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

// ---- k88_fused_sqrt_div_add_div_mul_sub: %120 = sub(%114, %100, %102, %110, %104, %conv2d1.bias)
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

// ---- k89_fused_mul_mul_add: %123 = add(%84, %exp_avg.conv2d2.weight, %86, %72)
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
  if (i >= 1u * 32u * 1u * 1u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[0u];
  let l3 = in3[i];
  let t0 = (l0 * l1);
  let t1 = (l2 * l3);
  out[i] = (t0 + t1);
}

// ---- k90_fused_mul_mul_mul_add: %127 = add(%89, %exp_avg_sq.conv2d2.weight, %72, %91)
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
  if (i >= 1u * 32u * 1u * 1u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let l3 = in3[0u];
  let t0 = (l0 * l1);
  let t1 = (l2 * l2);
  let t2 = (l3 * t1);
  out[i] = (t0 + t2);
}

// ---- k91_fused_sqrt_div_add_div_mul_sub: %133 = sub(%127, %100, %102, %123, %104, %conv2d2.weight)
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
  if (i >= 1u * 32u * 1u * 1u) { return; }
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

// ---- k92_fused_mul_mul_add: %136 = add(%84, %exp_avg.conv2d2.bias, %86, %67)
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
  if (i >= 1u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[0u];
  let l3 = in3[i];
  let t0 = (l0 * l1);
  let t1 = (l2 * l3);
  out[i] = (t0 + t1);
}

// ---- k93_fused_mul_mul_mul_add: %140 = add(%89, %exp_avg_sq.conv2d2.bias, %67, %91)
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
  if (i >= 1u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let l3 = in3[0u];
  let t0 = (l0 * l1);
  let t1 = (l2 * l2);
  let t2 = (l3 * t1);
  out[i] = (t0 + t2);
}

// ---- k94_fused_sqrt_div_add_div_mul_sub: %146 = sub(%140, %100, %102, %136, %104, %conv2d2.bias)
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
  if (i >= 1u) { return; }
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

// ---- k95_fused_mul_mul_add: %149 = add(%84, %exp_avg.linear1.weight, %86, %56)
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
  if (i >= 10u * 8192u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[0u];
  let l3 = in3[i];
  let t0 = (l0 * l1);
  let t1 = (l2 * l3);
  out[i] = (t0 + t1);
}

// ---- k96_fused_mul_mul_mul_add: %153 = add(%89, %exp_avg_sq.linear1.weight, %56, %91)
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
  if (i >= 10u * 8192u) { return; }
  let l0 = in0[0u];
  let l1 = in1[i];
  let l2 = in2[i];
  let l3 = in3[0u];
  let t0 = (l0 * l1);
  let t1 = (l2 * l2);
  let t2 = (l3 * t1);
  out[i] = (t0 + t2);
}

// ---- k97_fused_sqrt_div_add_div_mul_sub: %159 = sub(%153, %100, %102, %149, %104, %linear1.weight)
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
  if (i >= 10u * 8192u) { return; }
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

// ---- k98_fused_mul_mul_add: %162 = add(%84, %exp_avg.linear1.bias, %86, %54)
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

// ---- k99_fused_mul_mul_mul_add: %166 = add(%89, %exp_avg_sq.linear1.bias, %54, %91)
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

// ---- k100_fused_sqrt_div_add_div_mul_sub: %172 = sub(%166, %100, %102, %162, %104, %linear1.bias)
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
