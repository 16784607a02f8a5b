/** Previous / next pager under a list; the current page lives in the URL of the page using it. */
import { formatCount } from '../format';
import { t } from '../i18n/zh-CN';
import { pageCount } from './pagination';
import '../pages/cases/list-pages.css';

export function Pagination(props: {
  page: number;
  pageSize: number;
  total: number;
  unit: string;
  disabled?: boolean;
  onPage: (page: number) => void;
}) {
  const { page, pageSize, total, unit, disabled, onPage } = props;
  const pages = pageCount(total, pageSize);
  return (
    <nav className="pager" aria-label={t.pagination.label}>
      <span className="pager__total" data-testid="pager-total">
        {t.pagination.total(formatCount(total), unit)}
      </span>
      <button
        type="button"
        className="btn btn--outline"
        disabled={disabled || page <= 1}
        onClick={() => onPage(Math.min(page - 1, pages))}
      >
        {t.pagination.prev}
      </button>
      <span className="pager__page" aria-current="page">
        {t.pagination.page(page, pages)}
      </span>
      <button type="button" className="btn btn--outline" disabled={disabled || page >= pages} onClick={() => onPage(page + 1)}>
        {t.pagination.next}
      </button>
    </nav>
  );
}
