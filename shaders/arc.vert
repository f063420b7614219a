#version 300 es
// An arc is a cubic Bézier drawn as a triangle strip of SEGMENTS quads (u_mode 0), plus an
// arrowhead quad at its end (u_mode 1). One instance per arc.
precision highp float;
precision highp int;
layout(location = 0) in vec4 a_p0c0;    // p0.xy, c0.xy
layout(location = 1) in vec4 a_c1p1;    // c1.xy, p1.xy
layout(location = 2) in vec4 a_color;
layout(location = 3) in vec4 a_params;  // width, dash length (0 = solid), arrow length, unused
uniform mat4 u_proj;
uniform int u_mode;
out float v_across;
out float v_along;
out vec2 v_local;
out vec4 v_color;
out vec4 v_params;
const int SEGMENTS = 48;
vec2 bezier(float t) {
  float s = 1.0 - t;
  return s * s * s * a_p0c0.xy + 3.0 * s * s * t * a_p0c0.zw + 3.0 * s * t * t * a_c1p1.xy + t * t * t * a_c1p1.zw;
}
vec2 tangent(float t) {
  float s = 1.0 - t;
  vec2 d = 3.0 * s * s * (a_p0c0.zw - a_p0c0.xy) + 6.0 * s * t * (a_c1p1.xy - a_p0c0.zw) + 3.0 * t * t * (a_c1p1.zw - a_c1p1.xy);
  float len = length(d);
  return len > 1e-4 ? d / len : normalize(a_c1p1.zw - a_p0c0.xy + vec2(1e-4, 0.0));
}
void main() {
  v_color = a_color;
  v_params = a_params;
  float approx_len = 0.5 * (distance(a_p0c0.xy, a_p0c0.zw) + distance(a_p0c0.zw, a_c1p1.xy) +
                            distance(a_c1p1.xy, a_c1p1.zw) + distance(a_p0c0.xy, a_c1p1.zw));
  float arrow = a_params.z;
  vec2 p;
  if (u_mode == 0) {
    float side = (gl_VertexID % 2 == 0) ? -1.0 : 1.0;
    float t_end = arrow > 0.0 ? 1.0 - clamp(0.7 * arrow / max(approx_len, 1.0), 0.0, 0.5) : 1.0;
    float t = t_end * float(gl_VertexID / 2) / float(SEGMENTS);
    vec2 d = tangent(t);
    vec2 n = vec2(-d.y, d.x);
    float extent = 0.5 * a_params.x + 1.0;
    p = bezier(t) + n * side * extent;
    v_across = side * extent;
    v_along = t * approx_len;
    v_local = vec2(0.0);
  } else {
    vec2 d = tangent(1.0);
    vec2 n = vec2(-d.y, d.x);
    float half_w = 0.55 * arrow;
    vec2 corner = vec2(float(gl_VertexID & 1), float((gl_VertexID >> 1) & 1));
    vec2 local = vec2(mix(-arrow - 1.5, 1.5, corner.x), mix(-half_w - 1.5, half_w + 1.5, corner.y));
    p = a_c1p1.zw + d * local.x + n * local.y;
    v_local = local;
    v_across = 0.0;
    v_along = 0.0;
  }
  gl_Position = u_proj * vec4(p, 0.0, 1.0);
}
