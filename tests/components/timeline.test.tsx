// A timeline event's note (labels-review-2 A-33: where a year comes from when the date has none).
import { screen, within } from '@testing-library/react';
import { dataset, openAt } from './open';

describe('the timeline', () => {
  it.each([
    ['', 'zh', '年份取自表彰名称'],
    ['?lang=en', 'en', 'The year is from the award’s name'],
  ] as const)('shows an event’s note under its label %s', async (address, lang, words) => {
    const event = dataset.events.find((e) => e.id === 'awards-ceremony-2023')!;
    expect(event.yearInferred).toBe(false);
    await openAt(address);
    const item = document.querySelector(`.timeline-item[data-event-id="${event.id}"]`)!;
    expect(within(item as HTMLElement).getByText(event.note![lang])).toHaveTextContent(words);
    // An event without a note shows none.
    const plain = dataset.events.find((e) => !e.note)!;
    const other = document.querySelector(`.timeline-item[data-event-id="${plain.id}"]`)!;
    expect(other.querySelector('.timeline-note')).toBeNull();
    expect(screen.getAllByText(event.note![lang])).toHaveLength(1);
  });
});
