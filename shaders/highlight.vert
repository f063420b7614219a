#version 300 es
// A rounded box behind a mention or cue word, one instance per box; corners from gl_VertexID.
precision highp float;
precision highp int;
layout(location = 0) in vec4 a_rect;    // x0 y0 x1 y1 (pixels)
layout(location = 1) in vec4 a_color;
layout(location = 2) in vec4 a_params;  // radius, glow, underline thickness, unused
uniform mat4 u_proj;
out vec2 v_pos;
out vec4 v_rect;
out vec4 v_color;
out vec4 v_params;
void main() {
  vec2 corner = vec2(float(gl_VertexID & 1), float((gl_VertexID >> 1) & 1));
  float pad = a_params.y + 1.5;
  vec2 p = mix(a_rect.xy - vec2(pad), a_rect.zw + vec2(pad), corner);
  v_pos = p;
  v_rect = a_rect;
  v_color = a_color;
  v_params = a_params;
  gl_Position = u_proj * vec4(p, 0.0, 1.0);
}
