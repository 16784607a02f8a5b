/** The materials checklist of a proposal (DB1405 6.2): one row per material, add and remove. */
import type { MaterialForm } from '../../api/types';
import { MATERIAL_FORM_LABELS, t } from '../../i18n/zh-CN';
import { emptyMaterial, type MaterialRow } from './proposal-form';

interface Props {
  rows: MaterialRow[];
  errors: Record<string, string>;
  onChange: (rows: MaterialRow[]) => void;
}

export function MaterialsEditor({ rows, errors, onChange }: Props) {
  const set = (i: number, patch: Partial<MaterialRow>) => onChange(rows.map((r, k) => (k === i ? { ...r, ...patch } : r)));
  const p = t.proposals;
  return (
    <fieldset className="cat-materials">
      <legend>{p.materials}</legend>
      {errors.materials && <p className="field__hint">{errors.materials}</p>}
      {rows.map((r, i) => (
        <div className="cat-material" key={i} data-row={i}>
          <label className="field cat-material__name">
            <span className="field__label">{`${p.materialName} ${i + 1}`}</span>
            <input value={r.name} maxLength={100} onChange={(e) => set(i, { name: e.target.value })} aria-invalid={!!errors[`materials.${i}.name`]} />
            {errors[`materials.${i}.name`] && <span className="field__hint">{errors[`materials.${i}.name`]}</span>}
          </label>
          <label className="field">
            <span className="field__label">{`${p.materialForm} ${i + 1}`}</span>
            <select aria-label={`${p.materialForm} ${i + 1}`} value={r.form} onChange={(e) => set(i, { form: e.target.value as MaterialForm })}>
              {Object.entries(MATERIAL_FORM_LABELS).map(([k, v]) => (
                <option key={k} value={k}>
                  {v}
                </option>
              ))}
            </select>
          </label>
          <label className="field cat-material__copies">
            <span className="field__label">{`${p.materialCopies} ${i + 1}`}</span>
            <input type="number" min={1} max={99} value={r.copies} onChange={(e) => set(i, { copies: e.target.value })} aria-invalid={!!errors[`materials.${i}.copies`]} />
            {errors[`materials.${i}.copies`] && <span className="field__hint">{errors[`materials.${i}.copies`]}</span>}
          </label>
          <label className="field cat-material__how">
            <span className="field__label">{`${p.materialHowToGet} ${i + 1}`}</span>
            <input value={r.howToGet} maxLength={200} onChange={(e) => set(i, { howToGet: e.target.value })} aria-invalid={!!errors[`materials.${i}.howToGet`]} />
            {errors[`materials.${i}.howToGet`] && <span className="field__hint">{errors[`materials.${i}.howToGet`]}</span>}
          </label>
          <button type="button" className="btn cat-btn cat-material__remove" disabled={rows.length <= 1} onClick={() => onChange(rows.filter((_, k) => k !== i))}>
            {p.removeMaterial}
          </button>
        </div>
      ))}
      <button type="button" className="btn cat-btn" disabled={rows.length >= 20} onClick={() => onChange([...rows, emptyMaterial()])}>
        {p.addMaterial}
      </button>
    </fieldset>
  );
}
