import { describe, expect, it } from 'vitest';
import { chooseRenderer } from '../../../src/ui/render/renderer-choice';

describe('renderer choice', () => {
  it.each([
    ['ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)', null, 'canvas'],
    ['llvmpipe (LLVM 15.0.6, 256 bits)', null, 'canvas'],
    ['ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0)', null, 'webgl'],
    ['Apple M1', null, 'webgl'],
    [null, null, 'canvas'],
    ['Apple M1', 'canvas', 'canvas'],
    ['llvmpipe', 'webgl', 'webgl'],
    ['Apple M1', 'bogus', 'webgl'],
  ] as const)('%s with override %s → %s', (name, override, expected) => {
    expect(chooseRenderer(name, override)).toBe(expected);
  });
});
