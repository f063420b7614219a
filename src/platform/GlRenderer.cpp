#include "platform/GlRenderer.h"

#include <GLES3/gl3.h>

#include "platform/embedded_shaders.h"

namespace riposte::platform {
namespace {

struct Program {
  GLuint id = 0, vao = 0, vbo = 0;
  GLint u_proj = -1, u_mode = -1;
};

struct Renderer {
  Program highlight, arc;
};
Renderer* g_renderer = nullptr;  // the page has one GL context; callbacks are plain function pointers

GLuint compile(GLenum type, std::string_view src, std::string& error) {
  GLuint s = glCreateShader(type);
  const char* p = src.data();
  const GLint n = static_cast<GLint>(src.size());
  glShaderSource(s, 1, &p, &n);
  glCompileShader(s);
  GLint ok = 0;
  glGetShaderiv(s, GL_COMPILE_STATUS, &ok);
  if (!ok) {
    char log[1024];
    glGetShaderInfoLog(s, sizeof log, nullptr, log);
    error += log;
    glDeleteShader(s);
    return 0;
  }
  return s;
}

bool link(Program& prog, const char* vert, const char* frag, int attributes, std::string& error) {
  const GLuint vs = compile(GL_VERTEX_SHADER, shaders::file(vert), error);
  const GLuint fs = compile(GL_FRAGMENT_SHADER, shaders::file(frag), error);
  if (!vs || !fs) return false;
  prog.id = glCreateProgram();
  glAttachShader(prog.id, vs);
  glAttachShader(prog.id, fs);
  glLinkProgram(prog.id);
  glDeleteShader(vs);
  glDeleteShader(fs);
  GLint ok = 0;
  glGetProgramiv(prog.id, GL_LINK_STATUS, &ok);
  if (!ok) {
    char log[1024];
    glGetProgramInfoLog(prog.id, sizeof log, nullptr, log);
    error += log;
    return false;
  }
  prog.u_proj = glGetUniformLocation(prog.id, "u_proj");
  prog.u_mode = glGetUniformLocation(prog.id, "u_mode");
  glGenVertexArrays(1, &prog.vao);
  glGenBuffers(1, &prog.vbo);
  glBindVertexArray(prog.vao);
  glBindBuffer(GL_ARRAY_BUFFER, prog.vbo);
  const GLsizei stride = attributes * 4 * sizeof(float);
  for (int i = 0; i < attributes; ++i) {
    glEnableVertexAttribArray(i);
    glVertexAttribPointer(i, 4, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(static_cast<uintptr_t>(i * 16)));
    glVertexAttribDivisor(i, 1);
  }
  glBindVertexArray(0);
  return true;
}

// Same projection and scissor as ImGui's own backend, so our geometry lands where ImGui's would.
void begin(const Program& prog, const ImDrawCmd* cmd, const void* data, size_t bytes) {
  const ImDrawData* dd = ImGui::GetDrawData();
  const float L = dd->DisplayPos.x, R = dd->DisplayPos.x + dd->DisplaySize.x;
  const float T = dd->DisplayPos.y, B = dd->DisplayPos.y + dd->DisplaySize.y;
  const float proj[16] = {2.0f / (R - L),    0, 0, 0, 0, 2.0f / (T - B), 0, 0, 0, 0, -1, 0, (R + L) / (L - R),
                          (T + B) / (B - T), 0, 1};
  const ImVec2 scale = dd->FramebufferScale;
  const float fb_h = dd->DisplaySize.y * scale.y;
  const ImVec4 c = cmd->ClipRect;
  glEnable(GL_SCISSOR_TEST);
  glScissor(static_cast<GLint>((c.x - L) * scale.x), static_cast<GLint>(fb_h - (c.w - T) * scale.y),
            static_cast<GLsizei>((c.z - c.x) * scale.x), static_cast<GLsizei>((c.w - c.y) * scale.y));
  glEnable(GL_BLEND);
  glBlendEquation(GL_FUNC_ADD);
  glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
  glUseProgram(prog.id);
  glUniformMatrix4fv(prog.u_proj, 1, GL_FALSE, proj);
  glBindVertexArray(prog.vao);
  glBindBuffer(GL_ARRAY_BUFFER, prog.vbo);
  glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(bytes), data, GL_STREAM_DRAW);
}

void draw_highlights(const ImDrawList*, const ImDrawCmd* cmd) {
  const auto* batches = static_cast<const ui::GpuBatches*>(cmd->UserCallbackData);
  if (!g_renderer || batches->highlights.empty()) return;
  const Program& p = g_renderer->highlight;
  begin(p, cmd, batches->highlights.data(), batches->highlights.size() * sizeof(ui::HighlightInstance));
  glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, static_cast<GLsizei>(batches->highlights.size()));
  glBindVertexArray(0);
}

void draw_arcs(const ImDrawList*, const ImDrawCmd* cmd) {
  const auto* batches = static_cast<const ui::GpuBatches*>(cmd->UserCallbackData);
  if (!g_renderer || batches->arcs.empty()) return;
  const Program& p = g_renderer->arc;
  begin(p, cmd, batches->arcs.data(), batches->arcs.size() * sizeof(ui::ArcInstance));
  const GLsizei n = static_cast<GLsizei>(batches->arcs.size());
  glUniform1i(p.u_mode, 0);
  glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 2 * (48 + 1), n);
  glUniform1i(p.u_mode, 1);
  glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, n);
  glBindVertexArray(0);
}

}  // namespace

bool init_gl_renderer(ui::GpuBatches& batches, std::string& error) {
  static_assert(sizeof(ui::HighlightInstance) == 12 * sizeof(float));
  static_assert(sizeof(ui::ArcInstance) == 16 * sizeof(float));
  auto* r = new Renderer();
  if (!link(r->highlight, "highlight.vert", "highlight.frag", 3, error) ||
      !link(r->arc, "arc.vert", "arc.frag", 4, error)) {
    delete r;
    return false;
  }
  g_renderer = r;
  batches.draw_highlights = draw_highlights;
  batches.draw_arcs = draw_arcs;
  return true;
}

}  // namespace riposte::platform
