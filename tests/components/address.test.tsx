// Back and forward have one listener (src/app/address.ts): the report root hears first, and a
// report's page hears only while the address still names its report.
import { onRootAddressChange, onViewAddressChange } from '../../src/app/address';

const pop = () => window.dispatchEvent(new PopStateEvent('popstate'));

describe('the page’s one popstate listener', () => {
  it('tells the root first, then the page of the report the address still names', () => {
    const heard: string[] = [];
    let named = 'a';
    const adds = vi.spyOn(window, 'addEventListener');
    const offRoot = onRootAddressChange(
      () => heard.push('root'),
      () => named,
    );
    const offA = onViewAddressChange(
      () => heard.push('view a'),
      () => 'a',
    );
    const offB = onViewAddressChange(
      () => heard.push('view b'),
      () => 'b',
    );
    expect(adds.mock.calls.filter(([type]) => type === 'popstate')).toHaveLength(1);
    pop();
    expect(heard).toEqual(['root', 'view a']);
    // The address now names report b: a's page is about to be replaced, so it is not told.
    named = 'b';
    heard.length = 0;
    pop();
    expect(heard).toEqual(['root', 'view b']);
    offRoot();
    offA();
    offB();
    heard.length = 0;
    pop();
    expect(heard).toEqual([]);
    adds.mockRestore();
  });

  it('without a root (a page rendered alone), the page hears every change', () => {
    const heard: string[] = [];
    const off = onViewAddressChange(
      () => heard.push('view'),
      () => 'x',
    );
    pop();
    expect(heard).toEqual(['view']);
    off();
  });
});
