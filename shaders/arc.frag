#version 300 es
// Anti-aliased stroke with optional dashes (rebuttals), and a triangle arrowhead by signed distance.
precision highp float;
precision highp int;
in float v_across;
in float v_along;
in vec2 v_local;
in vec4 v_color;
in vec4 v_params;
uniform int u_mode;
out vec4 o_color;
void main() {
  float a;
  if (u_mode == 0) {
    float half_w = 0.5 * v_params.x;
    a = clamp(half_w + 0.5 - abs(v_across), 0.0, 1.0);
    float dash = v_params.y;
    if (dash > 0.0) {
      float phase = mod(v_along, 2.0 * dash);
      a *= clamp(dash - phase + 0.5, 0.0, 1.0) * clamp(phase + 0.5, 0.0, 1.0);
    }
  } else {
    float len = v_params.z;
    if (len <= 0.0) discard;
    float half_w = 0.55 * len;
    vec2 q = vec2(v_local.x, abs(v_local.y));
    float edge = dot(q, normalize(vec2(half_w, len)));
    float d = max(edge, -len - v_local.x);
    a = clamp(0.5 - d, 0.0, 1.0);
  }
  if (a <= 0.0) discard;
  o_color = vec4(v_color.rgb, v_color.a * a);
}
