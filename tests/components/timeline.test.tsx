// A timeline event's note (labels-review-2 A-33: where a year comes from when the date has none),
// on the small excerpt report with a note given to its first event here.
import { screen, within } from '@testing-library/react';
import { openAt, smallReport } from './open';

describe('the timeline', () => {
  const small = smallReport();
  const note = { zh: '年份取自表彰名称', en: 'The year is from the award’s name' };
  const event = small.events[0]!;
  const plain = small.events[1]!;
  const report = { ...small, events: [{ ...event, note }, ...small.events.slice(1)] };

  it.each([
    ['', 'zh'],
    ['?lang=en', 'en'],
  ] as const)('shows an event’s note under its label %s', async (address, lang) => {
    await openAt(address, { report });
    const item = document.querySelector(`.timeline-item[data-event-id="${event.id}"]`)!;
    expect(within(item as HTMLElement).getByText(note[lang])).toHaveClass('timeline-note');
    // An event without a note shows none.
    const other = document.querySelector(`.timeline-item[data-event-id="${plain.id}"]`)!;
    expect(other.querySelector('.timeline-note')).toBeNull();
    expect(screen.getAllByText(note[lang])).toHaveLength(1);
  });
});
