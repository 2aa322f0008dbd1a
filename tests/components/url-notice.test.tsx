/**
 * The "ignored parameters" notice on a crafted link: it lists at most five entries and counts the
 * rest, names known keys with their value and unknown keys only when they look like a key, and
 * never shows free text (a phone number, a bidi override) that the link carries.
 */
import { screen } from '@testing-library/react';
import { openAt } from './open';

const notice = () => screen.getByText(/已忽略链接中无法识别的参数/).textContent ?? '';

describe('the ignored-parameters notice', () => {
  it('shows at most five entries and counts the rest', async () => {
    const many = Array.from({ length: 300 }, (_, i) => `k${i}=v`).join('&');
    await openAt(`?${many}`);
    const text = notice();
    expect(text).toBe('已忽略链接中无法识别的参数：k0、k1、k2、k3、k4、…(+295)');
  });

  it('does not show text a crafted link carries as keys', async () => {
    await openAt(
      `?${encodeURIComponent('请立即致电 400-000-0000')}=&${encodeURIComponent('官方客服微信 evil123')}=&lnag=en`,
    );
    const text = notice();
    expect(text).not.toMatch(/400|微信|evil/);
    expect(text).toBe('已忽略链接中无法识别的参数：lnag、…(+2)');
  });

  it('names a known key with its value, without bidi or control characters', async () => {
    await openAt(
      `?theme=${encodeURIComponent('\u202Eexe.txt')}&${encodeURIComponent('\u202Eevil')}=x`,
    );
    const text = notice();
    expect(text).toBe('已忽略链接中无法识别的参数：theme=exe.txt、…(+1)');
    expect(text).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
  });
});
