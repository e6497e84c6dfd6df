import { base32Decode, base32Encode, hotp, matchingStep, otpauthUri, totpCode, totpStep } from './totp.js';

// RFC 6238, Appendix B: the SHA-1 test secret is the ASCII string "12345678901234567890".
const RFC_SECRET = Buffer.from('12345678901234567890', 'ascii');
const RFC_SECRET_BASE32 = base32Encode(RFC_SECRET);

describe('TOTP (RFC 6238 over RFC 4226)', () => {
  it('computes the HOTP values of RFC 4226, Appendix D', () => {
    const expected = ['755224', '287082', '359152', '969429', '338314', '254676', '287922', '162583', '399871', '520489'];
    expect(expected.map((_, counter) => hotp(RFC_SECRET, counter))).toEqual(expected);
  });

  it.each([
    [59, '94287082'],
    [1111111109, '07081804'],
    [1111111111, '14050471'],
    [1234567890, '89005924'],
    [2000000000, '69279037'],
    [20000000000, '65353130'],
  ])('computes the 8-digit SHA-1 value of RFC 6238, Appendix B, at T=%i', (seconds, code) => {
    expect(hotp(RFC_SECRET, totpStep(seconds * 1000), 8)).toBe(code);
  });

  it('gives the 6-digit code (the last six digits) apps show', () => {
    expect(totpCode(RFC_SECRET_BASE32, 59_000)).toBe('287082');
  });

  it('encodes and decodes base32 as RFC 4648, section 10, without padding', () => {
    expect(base32Encode(Buffer.from('foobar'))).toBe('MZXW6YTBOI');
    expect(base32Decode('mzxw 6ytb-oi======').toString()).toBe('foobar');
    expect(() => base32Decode('MZ1')).toThrow('Not base32');
  });

  describe('accepting a code', () => {
    const now = 1_800_000_015_000;
    const step = totpStep(now);
    const codeAt = (s: number): string => hotp(RFC_SECRET, s);

    it('accepts the current code and one step either side (RFC 6238, section 5.2: clock drift)', () => {
      for (const s of [step - 1, step, step + 1]) {
        expect(matchingStep(RFC_SECRET_BASE32, codeAt(s), now, 0)).toBe(s);
      }
    });

    it('refuses a code two steps away', () => {
      expect(matchingStep(RFC_SECRET_BASE32, codeAt(step - 2), now, 0)).toBeNull();
      expect(matchingStep(RFC_SECRET_BASE32, codeAt(step + 2), now, 0)).toBeNull();
    });

    it('refuses a code already used, or an older one (RFC 6238, section 5.2: one-time)', () => {
      expect(matchingStep(RFC_SECRET_BASE32, codeAt(step), now, step)).toBeNull();
      expect(matchingStep(RFC_SECRET_BASE32, codeAt(step - 1), now, step)).toBeNull();
      expect(matchingStep(RFC_SECRET_BASE32, codeAt(step + 1), now, step)).toBe(step + 1);
    });

    it('takes a code typed with a space in the middle, refuses what is not six digits', () => {
      const code = codeAt(step);
      expect(matchingStep(RFC_SECRET_BASE32, `${code.slice(0, 3)} ${code.slice(3)}`, now, 0)).toBe(step);
      expect(matchingStep(RFC_SECRET_BASE32, '12345', now, 0)).toBeNull();
      expect(matchingStep(RFC_SECRET_BASE32, 'abcdef', now, 0)).toBeNull();
    });
  });

  it('writes the otpauth:// URI with the issuer, the account and the parameters apps assume', () => {
    expect(otpauthUri('Thi đua', 'admin', 'JBSWY3DPEHPK3PXP')).toBe(
      'otpauth://totp/Thi%20%C4%91ua:admin?secret=JBSWY3DPEHPK3PXP&issuer=Thi%20%C4%91ua&algorithm=SHA1&digits=6&period=30',
    );
  });
});
