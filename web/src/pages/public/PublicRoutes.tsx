/** Everything under /public: rendered outside the logged-in layout, never redirected to the login. */
import { Link, Route, Routes } from 'react-router';
import { CataloguePage, ItemPage } from './CataloguePage';
import { EvaluatePage } from './EvaluatePage';
import { PublicLayout } from './PublicLayout';
import { pt } from './public-text';
import { RectificationsPage } from './RectificationsPage';
import { SatisfactionPage } from './SatisfactionPage';
import { StationPage, StationsPage } from './StationsPage';
import { SuggestPage } from './SuggestPage';

function NotFound() {
  return (
    <section className="pub-section">
      <h1>{pt.notFound}</h1>
      <p>
        <Link to="/public">{pt.nav.satisfaction}</Link>
      </p>
    </section>
  );
}

export default function PublicRoutes() {
  return (
    <Routes>
      <Route element={<PublicLayout />}>
        <Route index element={<SatisfactionPage />} />
        <Route path="rectifications" element={<RectificationsPage />} />
        <Route path="catalogue" element={<CataloguePage />} />
        <Route path="catalogue/:id" element={<ItemPage />} />
        <Route path="stations" element={<StationsPage />} />
        <Route path="stations/:id" element={<StationPage />} />
        <Route path="evaluate/:token" element={<EvaluatePage />} />
        <Route path="suggest" element={<SuggestPage />} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
