import type { FastifyRequest } from 'fastify';
import { breadcrumbsFor, rememberTrail } from './breadcrumbs.js';
import { menuSection } from './page-context.js';

const request = (params: Record<string, string> = {}, signedIn = true): FastifyRequest =>
  ({ params, user: signedIn ? { id: 'u1' } : undefined }) as unknown as FastifyRequest;

describe('breadcrumbs', () => {
  it('runs from the home page through the handler’s steps to the page’s title, which has no link', () => {
    const req = request({ id: 'p1' });
    rememberTrail(req, [
      { label: 'nav.staff', href: '/staff' },
      { from: 'staff.fullName', href: '/staff/:id' },
    ]);
    expect(breadcrumbsFor(req, 'vi', { title: 'Quá trình', staff: { fullName: 'Lê Văn An' } })).toEqual([
      { label: 'Trang chủ', href: '/' },
      { label: 'Cán bộ, viên chức', href: '/staff' },
      { label: 'Lê Văn An', href: '/staff/p1' },
      { label: 'Quá trình', href: null },
    ]);
  });

  it('leaves out a step whose field the model lacks (a refused form), and has none outside the signed-in pages', () => {
    const req = request({ id: 'p1' });
    rememberTrail(req, [{ from: 'staff.fullName', href: '/staff/:id' }]);
    expect(breadcrumbsFor(req, 'en', { title: 'Edit' })).toEqual([
      { label: 'Home', href: '/' },
      { label: 'Edit', href: null },
    ]);
    const login = request({}, false);
    rememberTrail(login, undefined);
    expect(breadcrumbsFor(login, 'vi', { title: 'Đăng nhập' })).toEqual([]);
    // The home page itself: no trail of one step back to itself.
    const home = { ...request(), url: '/?saved=1' } as unknown as FastifyRequest;
    rememberTrail(home, []);
    expect(breadcrumbsFor(home, 'vi', { title: 'Trang chủ' })).toEqual([]);
    // No handler ran (an error before routing): no trail.
    expect(breadcrumbsFor(request(), 'vi', { title: 'Lỗi' })).toEqual([]);
  });

  it('puts a path parameter into the link encoded', () => {
    const req = request({ code: 'A B' });
    rememberTrail(req, [{ label: 'nav.catalogue', href: '/catalogue/:code' }]);
    expect(breadcrumbsFor(req, 'vi', { title: 'X' })[1]).toEqual({ label: 'Danh mục khen thưởng', href: '/catalogue/A%20B' });
  });
});

describe('menu section', () => {
  it('is the longest menu address the path starts with', () => {
    expect(menuSection('/staff')).toBe('/staff');
    expect(menuSection('/staff/12/history?year=2025#form-appraisal')).toBe('/staff');
    expect(menuSection('/staff/import')).toBe('/staff/import');
    expect(menuSection('/staffing')).toBeNull();
    expect(menuSection('/account')).toBeNull();
  });
});
