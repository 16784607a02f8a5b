import { t } from '../../i18n/zh-CN';
import { pageCount } from './register-logic';

export function Pager({ total, page, pageSize, summary, onPage }: { total: number; page: number; pageSize: number; summary: string; onPage: (page: number) => void }) {
  const pages = pageCount(total, pageSize);
  return (
    <nav className="reg-pager" aria-label={t.registers.pageNav}>
      <span className="muted">{summary}</span>
      <button type="button" className="btn reg-btn" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {t.registers.prev}
      </button>
      <span>{t.registers.pageOf(Math.min(page, pages), pages)}</span>
      <button type="button" className="btn reg-btn" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        {t.registers.next}
      </button>
    </nav>
  );
}
