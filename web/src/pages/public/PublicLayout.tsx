/**
 * The frame of the public disclosure pages (DB1405 4.4, 8.1.3): no login, no session, nothing
 * personal; mobile first (a phone scanning the reply slip's QR code is the usual visitor).
 */
import { useEffect } from 'react';
import { Link, NavLink, Outlet } from 'react-router';
import { pt } from './public-text';
import './public.css';

const NAV = [
  { to: '/public', label: pt.nav.satisfaction, end: true },
  { to: '/public/rectifications', label: pt.nav.rectifications },
  { to: '/public/catalogue', label: pt.nav.catalogue },
  { to: '/public/stations', label: pt.nav.stations },
  { to: '/public/suggest', label: pt.nav.suggest },
];

export function PublicLayout() {
  useEffect(() => {
    document.title = pt.siteTitle;
  }, []);
  return (
    <div className="pub">
      <header className="pub-top">
        <div className="pub-top__inner">
          <Link to="/public" className="pub-brand">
            <span className="brand__mark" aria-hidden="true">
              代
            </span>
            <span>
              <span className="pub-brand__title">{pt.brand}</span>
              <span className="pub-brand__sub">{pt.brandSub}</span>
            </span>
          </Link>
        </div>
        <nav className="pub-nav" aria-label={pt.nav.label}>
          {NAV.map((n) => (
            <NavLink key={n.to} to={n.to} end={n.end} className="pub-nav__link">
              {n.label}
            </NavLink>
          ))}
        </nav>
      </header>
      <main className="pub-main">
        <Outlet />
      </main>
      <footer className="pub-foot">
        <p>{pt.footer}</p>
        <Link to="/login" className="pub-foot__login">
          {pt.staffLogin}
        </Link>
      </footer>
    </div>
  );
}

/** A failed load, in Chinese, with a retry when trying again may help. */
export function LoadError({ message, requestId, onRetry }: { message: string; requestId?: string; onRetry?: () => void }) {
  return (
    <div className="alert" role="alert">
      <span>{message}</span>
      {requestId && <span className="alert__id">（请求编号：{requestId}）</span>}
      {onRetry && (
        <button type="button" className="btn btn--link" onClick={onRetry}>
          {pt.retry}
        </button>
      )}
    </div>
  );
}

export function Loading() {
  return (
    <p className="pub-loading muted" role="status">
      {pt.loading}
    </p>
  );
}
