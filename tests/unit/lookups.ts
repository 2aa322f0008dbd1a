import type { Dataset, FigureRecord } from '../../src/model/validate';

/** Lookups into one dataset that throw (failing the test) when it lacks the id asked for. */
export function lookups(of: Dataset): {
  figureById: (id: string) => FigureRecord;
  panelFigures: (panelId: string) => FigureRecord[];
} {
  const figureById = (id: string): FigureRecord => {
    const f = of.figures.find((x) => x.id === id);
    if (!f) throw new Error(`no figure "${id}" in ${of.meta.id}`);
    return f;
  };
  const panelFigures = (panelId: string): FigureRecord[] => {
    const panel = of.panels.find((p) => p.id === panelId);
    if (!panel) throw new Error(`no panel "${panelId}" in ${of.meta.id}`);
    return panel.figures.map(figureById);
  };
  return { figureById, panelFigures };
}
