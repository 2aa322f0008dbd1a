// A part whose code loads on first use: a failed load is said, kept until the reader asks again,
// and loaded again then (React.lazy would keep the failure until the page is reloaded).
import type { ReactNode } from 'react';
import { act, render, screen } from '@testing-library/react';
import { LoadBoundary, loadable } from '../../src/components/page/loadable';
import { DashboardContext, type DashboardContextValue } from '../../src/components/page/context';
import { t, type MessageKey } from '../../src/i18n/strings';

const words = { t: (key: MessageKey) => t('zh', key) } as DashboardContextValue;

function flakyPart(failures: number) {
  let calls = 0;
  const Part = loadable(async () => {
    calls += 1;
    if (calls <= failures)
      throw new TypeError(`Failed to fetch dynamically imported module (${calls})`);
    return function Loaded({ text }: { text: string }) {
      return <p>{text}</p>;
    };
  });
  return { Part, calls: () => calls };
}

async function show(ui: ReactNode) {
  await act(async () => {
    render(<DashboardContext.Provider value={words}>{ui}</DashboardContext.Provider>);
  });
}

describe('loadable parts', () => {
  it('says the load failed, keeps the failure, and loads again on retry', async () => {
    const { Part, calls } = flakyPart(1);
    // React reports an error a boundary caught; the boundary logs it for developers too.
    const reported = vi.spyOn(console, 'error').mockImplementation(() => {});
    const logged = vi.spyOn(console, 'info').mockImplementation(() => {});
    await show(
      <LoadBoundary placeholder={<p>loading</p>}>
        <Part text="loaded" />
      </LoadBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(t('zh', 'loadFailed'));
    expect(screen.getByText('Failed to fetch dynamically imported module (1)')).toBeInTheDocument();
    expect(calls()).toBe(1);
    const retry = screen.getByRole('button', { name: t('zh', 'retry') });
    await act(async () => retry.click());
    expect(screen.getByText('loaded')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(calls()).toBe(2);
    expect(logged).toHaveBeenCalledWith(
      'Failed to render:',
      'Failed to fetch dynamically imported module (1)',
      expect.any(String),
    );
    reported.mockRestore();
    logged.mockRestore();
  });

  it('loads the code once for every place that uses it', async () => {
    const { Part, calls } = flakyPart(0);
    await show(
      <>
        <LoadBoundary placeholder={null}>
          <Part text="one" />
        </LoadBoundary>
        <LoadBoundary placeholder={null}>
          <Part text="two" />
        </LoadBoundary>
      </>,
    );
    expect(screen.getByText('one')).toBeInTheDocument();
    expect(screen.getByText('two')).toBeInTheDocument();
    expect(calls()).toBe(1);
  });
});
