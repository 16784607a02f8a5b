import { useEffect, useState } from 'react';
import { api, isAbort } from '../../api/client';
import type { CatalogueItemSummary } from '../../api/types';
import { CASE_LEVEL_LABELS } from '../../i18n/zh-CN';

/** The catalogue items in effect (DB1405 7.1) as a select: name, handling level, time limit. */
export function ItemSelect({ id, value, onChange, allowNone }: { id: string; value: number | null; onChange: (id: number | null, item: CatalogueItemSummary | null) => void; allowNone?: string }) {
  const [items, setItems] = useState<CatalogueItemSummary[]>([]);
  useEffect(() => {
    const ac = new AbortController();
    api.catalogueItems({ active: 'true' }, ac.signal).then(setItems).catch((e) => !isAbort(e) && setItems([]));
    return () => ac.abort();
  }, []);
  return (
    <select
      id={id}
      value={value ?? ''}
      onChange={(e) => {
        const n = e.target.value ? Number(e.target.value) : null;
        onChange(n, items.find((i) => i.id === n) ?? null);
      }}
    >
      <option value="">{allowNone ?? '请选择事项'}</option>
      {items.map((i) => (
        <option key={i.id} value={i.id}>
          {i.name}（{CASE_LEVEL_LABELS[i.level] ?? i.level}，{i.timeLimitDays} 个工作日）
        </option>
      ))}
    </select>
  );
}
