import { pcmWavHeader } from '../../src/cli/bench/wav-header';

/** A real PCM WAV: 16 kHz, 16-bit mono, a tone whose samples differ byte to byte, so misplaced bytes show. */
export function toneWav(seconds: number): Buffer {
  const rate = 16_000;
  const samples = Math.round(seconds * rate);
  const out = Buffer.concat([pcmWavHeader(rate, samples * 2), Buffer.alloc(samples * 2)]);
  for (let i = 0; i < samples; i++) out.writeInt16LE(Math.round(Math.sin(i / 7) * 12_000 + (i % 97)), 44 + i * 2);
  return out;
}
