#version 300 es
// Anti-aliased rounded box (signed distance), an underline in the full colour, and a soft glow for
// the focused actor or claim.
precision highp float;
precision highp int;
in vec2 v_pos;
in vec4 v_rect;
in vec4 v_color;
in vec4 v_params;
out vec4 o_color;
float rounded_box(vec2 p, vec2 half_size, float r) {
  vec2 q = abs(p) - half_size + vec2(r);
  return length(max(q, 0.0)) + min(max(q.x, q.y), 0.0) - r;
}
void main() {
  vec2 centre = 0.5 * (v_rect.xy + v_rect.zw);
  vec2 half_size = 0.5 * (v_rect.zw - v_rect.xy);
  float radius = min(v_params.x, min(half_size.x, half_size.y));
  float d = rounded_box(v_pos - centre, half_size, radius);
  float fill = clamp(0.5 - d, 0.0, 1.0) * v_color.a;
  float thick = v_params.z;
  float under = 0.0;
  if (thick > 0.0) {
    float uy = v_rect.w - 0.5 * thick;
    under = clamp(0.5 * thick + 0.5 - abs(v_pos.y - uy), 0.0, 1.0) *
            clamp(min(v_pos.x - v_rect.x, v_rect.z - v_pos.x) + 0.5, 0.0, 1.0) * min(1.0, v_color.a * 4.5);
  }
  float glow = 0.0;
  if (v_params.y > 0.0 && d > 0.0) glow = 0.45 * exp(-d / (0.4 * v_params.y));
  float a = max(max(fill, under), glow);
  o_color = vec4(v_color.rgb, a);
}
