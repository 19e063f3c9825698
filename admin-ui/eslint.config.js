import js from '@eslint/js'
import pluginVue from 'eslint-plugin-vue'
import globals from 'globals'

/** Layout rules of eslint-plugin-vue that Prettier decides instead (as eslint-config-prettier turns them off). */
const LAYOUT_RULES_PRETTIER_OWNS = [
  'vue/first-attribute-linebreak',
  'vue/html-closing-bracket-newline',
  'vue/html-closing-bracket-spacing',
  'vue/html-end-tags',
  'vue/html-indent',
  'vue/html-quotes',
  'vue/html-self-closing',
  'vue/max-attributes-per-line',
  'vue/multiline-html-element-content-newline',
  'vue/mustache-interpolation-spacing',
  'vue/no-multi-spaces',
  'vue/no-spaces-around-equal-signs-in-attribute',
  'vue/singleline-html-element-content-newline',
]

// The console runs in the browser; its build config, unit tests and browser journey run in Node.
export default [
  { ignores: ['dist/**', 'node_modules/**', 'target/**'] },
  js.configs.recommended,
  ...pluginVue.configs['flat/recommended'],
  {
    languageOptions: { ecmaVersion: 'latest', sourceType: 'module', globals: globals.browser },
    rules: Object.fromEntries(LAYOUT_RULES_PRETTIER_OWNS.map((rule) => [rule, 'off'])),
  },
  {
    files: ['*.config.js', 'e2e/**', 'src/**/*.test.js'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
]
