/**
 * One item as citizens and staff read it (DB1405 4.4 openness, 5.1.4 guide): materials with
 * 原件/复印件 and copies (6.2), procedure, legal basis (4.6), fee with the free-service note (4.5),
 * and its version history (7.1.3).
 */
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { api, isAbort, type ApiError } from '../../api/client';
import type { CatalogueItemDetail } from '../../api/types';
import { CATALOGUE_SOURCE_FULL, CATALOGUE_STATUS_LABELS, t } from '../../i18n/zh-CN';
import { ErrorAlert, toApiError } from '../../components/ErrorAlert';
import { feeText, formLabel, levelLabel } from './format';
import { canPropose } from './proposal-form';
import { VersionHistory } from './VersionHistory';

type Load = { status: 'loading' } | { status: 'ok'; data: CatalogueItemDetail } | { status: 'error'; error: ApiError };

export function ItemDetail({ id, backTo, role }: { id: number; backTo: string; role: string }) {
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  useEffect(() => {
    const ac = new AbortController();
    setLoad({ status: 'loading' });
    api
      .catalogueItem(id, ac.signal)
      .then((data) => setLoad({ status: 'ok', data }))
      .catch((e) => !isAbort(e) && setLoad({ status: 'error', error: toApiError(e) }));
    return () => ac.abort();
  }, [id]);

  const back = (
    <Link to={backTo} className="cat-back">
      ← {t.catalogue.back}
    </Link>
  );
  if (load.status === 'loading') return <div className="placeholder">{t.catalogue.loading}</div>;
  if (load.status === 'error') {
    return (
      <div className="cat-detail">
        {back}
        <h3>{t.catalogue.notFoundTitle}</h3>
        <ErrorAlert error={load.error} />
      </div>
    );
  }
  const item = load.data;
  return (
    <article className="cat-detail" aria-labelledby="cat-item-title">
      {back}
      <header className="cat-detail__head">
        <div>
          <h3 id="cat-item-title">{item.name}</h3>
          <p className="muted mono">{item.code}</p>
        </div>
        <div className="cat-detail__badges">
          <span className="cat-tag">{levelLabel(item.level)}</span>
          <span className="badge" data-testid="item-version">
            {t.catalogue.versionText(item.version)}
          </span>
          {!item.active && <span className="cat-status cat-status--rejected">{item.version > 0 ? t.catalogue.inactive : t.catalogue.unpublished}</span>}
          {canPropose(role) && item.active && (
            <Link className="btn btn--primary" to={`/catalogue/proposals?item=${item.id}`}>
              {t.catalogue.propose}
            </Link>
          )}
        </div>
      </header>

      {item.pending.length > 0 && (
        <div className="cat-pending" role="status">
          <strong>{t.catalogue.pending}：</strong>
          {item.pending.map((p) => t.catalogue.pendingLine(p.version, CATALOGUE_STATUS_LABELS[p.status] ?? p.status, p.effectiveFrom)).join('；')}
        </div>
      )}

      <dl className="cat-facts">
        <div>
          <dt>{t.catalogue.fieldCategory}</dt>
          <dd>{item.category}</dd>
        </div>
        <div>
          <dt>{t.catalogue.fieldLevel}</dt>
          <dd>{levelLabel(item.level)}</dd>
        </div>
        <div>
          <dt>{t.catalogue.fieldTimeLimit}</dt>
          <dd data-testid="item-time-limit">{t.catalogue.days(item.timeLimitDays)}</dd>
        </div>
        <div>
          <dt>{t.catalogue.fieldDepartment}</dt>
          <dd>{item.department}</dd>
        </div>
        <div>
          <dt>{t.catalogue.fieldSource}</dt>
          <dd>{CATALOGUE_SOURCE_FULL[item.source] ?? item.source}</dd>
        </div>
        <div>
          <dt>{t.catalogue.fieldFee}</dt>
          <dd>
            {feeText(item.statutoryFee)}
            <span className="cat-free">{t.catalogue.freeNote}</span>
          </dd>
        </div>
        <div className="cat-facts__wide">
          <dt>{t.catalogue.fieldLegalBasis}</dt>
          <dd>{item.legalBasis}</dd>
        </div>
      </dl>

      <section className="card cat-section" aria-labelledby="cat-materials">
        <h3 id="cat-materials">{t.catalogue.materials}</h3>
        <table className="table">
          <thead>
            <tr>
              <th scope="col" className="num">{t.catalogue.materialNo}</th>
              <th scope="col">{t.catalogue.materialName}</th>
              <th scope="col">{t.catalogue.materialForm}</th>
              <th scope="col" className="num">{t.catalogue.materialCopies}</th>
              <th scope="col">{t.catalogue.materialHowToGet}</th>
            </tr>
          </thead>
          <tbody>
            {item.materials.map((m, i) => (
              <tr key={m.name}>
                <td className="num">{i + 1}</td>
                <th scope="row">{m.name}</th>
                <td>{formLabel(m.form)}</td>
                <td className="num">{m.copies}</td>
                <td className="wrap">{m.howToGet}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="card cat-section" aria-labelledby="cat-procedure">
        <h3 id="cat-procedure">{t.catalogue.procedure}</h3>
        <ol className="cat-steps">
          {item.procedure.map((step, i) => (
            <li key={`${i}-${step}`}>{step}</li>
          ))}
        </ol>
      </section>

      <VersionHistory itemId={item.id} reload={item.version} />
    </article>
  );
}
