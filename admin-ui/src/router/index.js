import { createRouter, createWebHashHistory } from 'vue-router'
import { useAuthStore } from '../stores/auth.js'
import { kindBySlug } from '../domain/contentKinds.js'
import { toast } from '../components/common/toast.js'

const ConsoleLayout = () => import('../layouts/ConsoleLayout.vue')

export const routes = [
  {
    path: '/login',
    name: 'login',
    component: () => import('../views/LoginView.vue'),
    meta: { public: true, title: '登录' },
  },
  {
    path: '/',
    component: ConsoleLayout,
    children: [
      { path: '', redirect: { name: 'dashboard' } },
      {
        path: 'dashboard',
        name: 'dashboard',
        component: () => import('../views/DashboardView.vue'),
        meta: { title: '数据看板' },
      },
      {
        path: 'contents/:kind(audio|poster|festival|brand)',
        name: 'contents',
        component: () => import('../views/content/ContentListView.vue'),
        meta: { title: '内容管理' },
      },
      {
        path: 'contents/:kind(audio|poster|festival|brand)/new',
        name: 'content-new',
        component: () => import('../views/content/ContentEditorView.vue'),
        meta: { title: '新建内容' },
      },
      {
        path: 'contents/:kind(audio|poster|festival|brand)/:id(\\d+)',
        name: 'content-edit',
        component: () => import('../views/content/ContentEditorView.vue'),
        meta: { title: '编辑内容' },
      },
      {
        path: 'submissions',
        name: 'submissions',
        component: () => import('../views/submissions/SubmissionsView.vue'),
        meta: { title: '群众投稿' },
      },
      {
        path: 'review',
        name: 'review',
        component: () => import('../views/ReviewQueueView.vue'),
        meta: { title: '审核队列' },
      },
      {
        path: 'stations',
        name: 'stations',
        component: () => import('../views/stations/StationsView.vue'),
        meta: { title: '广播站' },
      },
      {
        path: 'festivals',
        name: 'festivals',
        component: () => import('../views/FestivalCalendarView.vue'),
        meta: { title: '节日日历' },
      },
      {
        path: 'system/users',
        name: 'users',
        component: () => import('../views/system/UsersView.vue'),
        meta: { title: '用户管理', role: 'ADMIN' },
      },
      {
        path: 'system/org-units',
        name: 'org-units',
        component: () => import('../views/system/OrgUnitsView.vue'),
        meta: { title: '组织单位' },
      },
      {
        path: 'system/review-levels',
        name: 'review-levels',
        component: () => import('../views/system/ReviewLevelsView.vue'),
        meta: { title: '审核设置' },
      },
      {
        path: 'system/audit-log',
        name: 'audit-log',
        component: () => import('../views/system/AuditLogView.vue'),
        meta: { title: '审计日志', role: 'ADMIN' },
      },
      {
        path: 'system/search',
        name: 'search-index',
        component: () => import('../views/system/SearchIndexView.vue'),
        meta: { title: '搜索索引', role: 'ADMIN', banner: true },
      },
      {
        path: ':pathMatch(.*)*',
        name: 'not-found',
        component: () => import('../views/NotFoundView.vue'),
        meta: { title: '页面不存在' },
      },
    ],
  },
]

/**
 * Signs in before any console screen, and keeps screens of a role away from users without it (and banner-wide
 * screens away from administrators of other units).
 */
export async function guard(to) {
  const auth = useAuthStore()
  if (!auth.ready) {
    await auth.init()
  }
  if (to.meta.public) {
    return auth.user && to.name === 'login' ? { name: 'dashboard' } : true
  }
  if (!auth.user) {
    return { name: 'login', query: { redirect: to.fullPath } }
  }
  if ((to.meta.role && !auth.hasRole(to.meta.role)) || (to.meta.banner && !auth.isBannerAdmin)) {
    toast.warning('没有权限访问该页面')
    return { name: 'dashboard' }
  }
  if (to.params.kind && !kindBySlug(to.params.kind)) {
    return { name: 'not-found', params: { pathMatch: to.path.substring(1).split('/') } }
  }
  return true
}

/** A notice is about the screen it was shown on: moving to another screen takes it away. */
export function clearNoticesOnLeave(to, from) {
  if (to.path !== from.path) {
    toast.clear()
  }
}

export function createConsoleRouter() {
  const router = createRouter({ history: createWebHashHistory(), routes })
  router.beforeEach(clearNoticesOnLeave)
  router.beforeEach(guard)
  router.afterEach((to) => {
    document.title = `${to.meta.title || '管理后台'} · 文明实践宣传平台`
  })
  return router
}
