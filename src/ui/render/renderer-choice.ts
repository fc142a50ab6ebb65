/**
 * Which Phaser renderer to use. On a real GPU, WebGL. When the WebGL behind the page is a software rasteriser
 * (SwiftShader, llvmpipe — headless browsers, virtual machines, some classroom laptops), Phaser's WebGL shaders cost
 * hundreds of milliseconds per frame on a full-screen map, while its Canvas renderer draws the same scene within a
 * frame; so there the game uses Canvas. `?renderer=webgl` or `?renderer=canvas` overrides the choice.
 */
export type RendererKind = 'webgl' | 'canvas';

const SOFTWARE_GL = /swiftshader|llvmpipe|softpipe|software|basic render|mesa offscreen/i;

export const chooseRenderer = (glRendererName: string | null, override: string | null): RendererKind => {
  if (override === 'webgl' || override === 'canvas') return override;
  if (glRendererName === null) return 'canvas';
  return SOFTWARE_GL.test(glRendererName) ? 'canvas' : 'webgl';
};

/** The name of the WebGL renderer the browser offers, or null without WebGL. */
export const probeGlRenderer = (): string | null => {
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    if (!gl) return null;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER);
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return typeof name === 'string' ? name : null;
  } catch {
    return null;
  }
};

let chosen: RendererKind | null = null;

/** The renderer for this page, probed once. */
export const pageRenderer = (): RendererKind => {
  chosen ??= chooseRenderer(probeGlRenderer(), new URLSearchParams(window.location.search).get('renderer'));
  return chosen;
};
