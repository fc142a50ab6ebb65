/**
 * The scenarios the browser offers: the bundled files under scenarios/ are fetched at start (they are data, not
 * code, so they stay out of the JavaScript bundle), checked with `parseScenario`, and started with `createGame`.
 * A file that does not parse is left out of the menu and its first error is reported.
 */
import { buildSetup, createGame, createRegistry, parseScenario, scenarioAiPlan, type Scenario, type ScenarioSource } from '../scenario';
import type { Side } from '../engine';
import type { ScenarioCatalog, ScenarioEntry } from './controller/catalog';

/** Bundled scenario files, as URLs of the copied assets. */
const FILES = import.meta.glob('../../scenarios/*.json', { query: '?url', import: 'default', eager: true }) as Record<string, string>;

const entryOf = (s: Scenario): ScenarioEntry => ({
  id: s.id,
  title: s.title,
  dates: s.dates,
  summary: s.summary,
  tutorial: s.id.startsWith('tutorial'),
  briefings: s.briefings,
  levers: s.levers.map((l) => ({ id: l.id, name: l.name, description: l.description, default: l.default, min: l.min, max: l.max, step: l.step, unit: l.unit ?? '' })),
  map: buildSetup(s, {}).map,
  historical: s.historical
    ? {
        winner: s.historical.winner,
        result: s.historical.result,
        losses: s.historical.losses,
      }
    : null,
});

/** Fetches the bundled scenario files' texts (in parallel). */
export const fetchScenarioSources = async (): Promise<{ sources: ScenarioSource[]; problems: string[] }> => {
  const problems: string[] = [];
  const sources: ScenarioSource[] = [];
  await Promise.all(
    Object.entries(FILES).map(async ([path, url]) => {
      const fileName = path.split('/').pop() ?? path;
      try {
        const res = await fetch(url);
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        sources.push({ fileName, text: await res.text() });
      } catch (e) {
        problems.push(`${fileName} could not be loaded (${String(e)}).`);
      }
    }),
  );
  sources.sort((a, b) => (a.fileName < b.fileName ? -1 : 1));
  return { sources, problems };
};

export const loadCatalog = async (): Promise<{ catalog: ScenarioCatalog; problems: string[] }> => {
  const { sources, problems } = await fetchScenarioSources();
  const registry = createRegistry(sources);
  for (const [file, errors] of registry.broken) problems.push(`${file}: ${errors[0]?.path ?? ''} ${errors[0]?.message ?? 'invalid'}`);
  const scenarios = registry.ids.map((id) => registry.get(id)!);
  const byId = new Map(scenarios.map((s) => [s.id, s]));
  const bundled = new Set(byId.keys());
  const entries = scenarios.map(entryOf);
  const catalog: ScenarioCatalog = {
    entries,
    createGame(id, seed, levers) {
      const s = byId.get(id);
      if (!s) return { ok: false, reason: `There is no scenario "${id}".` };
      try {
        return createGame(s, { seed, levers });
      } catch (e) {
        return { ok: false, reason: String(e instanceof Error ? e.message : e) };
      }
    },
    aiPlan(id: string, side: Side) {
      const s = byId.get(id);
      return s ? scenarioAiPlan(s)[side] : { formations: [] };
    },
    scenario: (id) => byId.get(id),
    addScenarioFile(text, fileName) {
      const parsed = parseScenario(text, { fileName });
      if (!parsed.ok) return parsed;
      const s = parsed.scenario;
      if (bundled.has(s.id)) {
        return { ok: false, errors: [{ path: 'id', message: `'${s.id}' is the id of a bundled scenario; give your scenario (and its file) an id of its own` }] };
      }
      const entry = entryOf(s);
      const at = entries.findIndex((e) => e.id === s.id);
      if (at >= 0) entries.splice(at, 1, entry);
      else entries.push(entry);
      byId.set(s.id, s);
      return { ok: true, entry };
    },
  };
  return { catalog, problems };
};
