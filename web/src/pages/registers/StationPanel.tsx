/** One station: details, and for those who may write, the edit form with the DB1405 5.1.5 checklist. */
import { useEffect, useState, type FormEvent } from 'react';
import { api, ApiError, isAbort } from '../../api/client';
import type { Station, StationDetail } from '../../api/types';
import { AGENT_CATEGORY_LABELS, errorMessage, FACILITY_LABELS, t, ZONE_LABELS } from '../../i18n/zh-CN';
import { FACILITY_KEYS, stationForm, stationPatch, toggle, ZONE_KEYS, type StationForm } from './register-logic';

export interface StationPanelProps {
  id: number;
  canWrite: boolean;
  onSaved: (s: Station) => void;
  onClose: () => void;
}

type Note = { kind: 'ok' | 'error'; text: string } | null;

export function StationPanel({ id, canWrite, onSaved, onClose }: StationPanelProps) {
  const [station, setStation] = useState<StationDetail | null>(null);
  const [form, setForm] = useState<StationForm | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [note, setNote] = useState<Note>(null);

  useEffect(() => {
    const ac = new AbortController();
    api
      .station(id, ac.signal)
      .then((s) => {
        setStation(s);
        setForm(stationForm(s));
      })
      .catch((e) => {
        if (!isAbort(e)) setLoadError(e instanceof ApiError ? e.message : errorMessage(null));
      });
    return () => ac.abort();
  }, [id]);

  async function save(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (!station || !form) return;
    const r = stationPatch(station, form);
    if (!r.ok) {
      setNote({ kind: 'error', text: r.problem === 'name' ? t.registers.fieldNameHint : t.registers.coordinateInvalid });
      return;
    }
    if (Object.keys(r.patch).length === 0) {
      setNote({ kind: 'ok', text: t.registers.noChanges });
      return;
    }
    setSaving(true);
    setNote(null);
    try {
      const saved = await api.updateStation(id, r.patch);
      const next = { ...station, ...saved };
      setStation(next);
      setForm(stationForm(next));
      onSaved(saved);
      setNote({ kind: 'ok', text: t.registers.saved });
    } catch (err) {
      setNote({ kind: 'error', text: err instanceof ApiError ? err.message : errorMessage(null) });
    } finally {
      setSaving(false);
    }
  }

  const set = (patch: Partial<StationForm>) => {
    setForm((f) => (f ? { ...f, ...patch } : f));
    setNote(null);
  };

  return (
    <aside className="card reg-panel" aria-labelledby="station-panel-title" data-testid="station-panel">
      <div className="reg-panel__head">
        <div>
          <h3 id="station-panel-title">{station?.name ?? t.registers.stationDetail}</h3>
          {station && (
            <p className="muted">
              {station.countyName} · {station.townshipName} · {station.villageName}（{station.regionCode}）
            </p>
          )}
        </div>
        <button type="button" className="btn reg-close" onClick={onClose}>
          {t.registers.close}
        </button>
      </div>
      {loadError && (
        <div className="alert" role="alert">
          {loadError}
        </div>
      )}
      {!station && !loadError && <p className="muted">{t.registers.loading}</p>}
      {station && form && (
        <form className="reg-form" onSubmit={save} aria-label={t.registers.stationDetail}>
          {!canWrite && <p className="muted reg-form__hint">{t.registers.readOnly}</p>}
          <fieldset disabled={!canWrite || saving} className="reg-form">
            <label className="field">
              <span className="field__label">{t.registers.fieldName}</span>
              <input value={form.name} onChange={(e) => set({ name: e.target.value })} maxLength={64} required />
              <span className="muted reg-form__hint">{t.registers.fieldNameHint}</span>
            </label>
            <label className="field">
              <span className="field__label">{t.registers.fieldAddress}</span>
              <input value={form.address} onChange={(e) => set({ address: e.target.value })} maxLength={200} required />
            </label>
            <label className="field">
              <span className="field__label">{t.registers.fieldHours}</span>
              <input value={form.openingHours} onChange={(e) => set({ openingHours: e.target.value })} maxLength={100} required />
            </label>
            <div className="reg-form__pair">
              <label className="field">
                <span className="field__label">{t.registers.fieldLat}</span>
                <input inputMode="decimal" value={form.latitude} onChange={(e) => set({ latitude: e.target.value })} />
              </label>
              <label className="field">
                <span className="field__label">{t.registers.fieldLng}</span>
                <input inputMode="decimal" value={form.longitude} onChange={(e) => set({ longitude: e.target.value })} />
              </label>
            </div>
            <fieldset>
              <legend>{t.registers.fieldZones}</legend>
              <div className="reg-checks">
                {ZONE_KEYS.map((k) => (
                  <label key={k} className="reg-check">
                    <input type="checkbox" checked={form.zones.includes(k)} onChange={(e) => set({ zones: toggle(form.zones, k, e.target.checked) })} />
                    {ZONE_LABELS[k]}
                  </label>
                ))}
              </div>
            </fieldset>
            <fieldset data-testid="facilities-checklist">
              <legend>{t.registers.fieldFacilities}</legend>
              <p className="muted reg-form__hint">{t.registers.facilitiesHint}</p>
              <div className="reg-checks">
                {FACILITY_KEYS.map((k) => {
                  const on = form.facilities.includes(k);
                  return (
                    <label key={k} className={on ? 'reg-check' : 'reg-check reg-check--missing'} data-facility={k}>
                      <input type="checkbox" checked={on} onChange={(e) => set({ facilities: toggle(form.facilities, k, e.target.checked) })} />
                      {FACILITY_LABELS[k]}
                    </label>
                  );
                })}
              </div>
            </fieldset>
          </fieldset>
          {note && (
            <div className={note.kind === 'ok' ? 'reg-notice' : 'alert'} role={note.kind === 'ok' ? 'status' : 'alert'}>
              {note.text}
            </div>
          )}
          {canWrite && (
            <div className="reg-form__actions">
              <button type="submit" className="btn btn--primary" disabled={saving}>
                {saving ? t.registers.saving : t.registers.save}
              </button>
            </div>
          )}
          <h4>{t.registers.stationAgents}</h4>
          {station.agents.length === 0 ? (
            <p className="muted">{t.registers.noAgents}</p>
          ) : (
            <table className="reg-mini-table">
              <thead>
                <tr>
                  <th scope="col">{t.registers.colName}</th>
                  <th scope="col">{t.registers.colCategory}</th>
                  <th scope="col">{t.registers.colPhone}</th>
                  <th scope="col">{t.registers.colActive}</th>
                </tr>
              </thead>
              <tbody>
                {station.agents.map((a) => (
                  <tr key={a.id}>
                    <td>{a.name}</td>
                    <td>{AGENT_CATEGORY_LABELS[a.category] ?? a.category}</td>
                    <td>{a.phone}</td>
                    <td>{a.active ? t.registers.active : t.registers.inactive}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </form>
      )}
    </aside>
  );
}
