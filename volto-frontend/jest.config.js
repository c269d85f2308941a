// Jest configuration for the add-on's unit tests, reusing Volto's own test
// set-up (mocked config registry, globals) from the installed @plone/volto.
const path = require('path');

const voltoPath = path.dirname(require.resolve('@plone/volto/package.json'));
const slatePath = path.dirname(require.resolve('@plone/volto-slate/package.json'));
const addonPath = path.join(__dirname, 'packages/volto-mttq');

module.exports = {
  rootDir: __dirname,
  roots: ['<rootDir>/packages/volto-mttq'],
  testMatch: ['**/?(*.)+(spec|test).[jt]s?(x)'],
  testEnvironment: 'jsdom',
  transform: {
    '^.+\\.[jt]sx?$': 'babel-jest',
    '^.+\\.(png|jpg)$': 'jest-file',
    '^.+\\.svg$': `${voltoPath}/jest-svgsystem-transform.js`,
  },
  // @plone/* packages ship untranspiled sources
  transformIgnorePatterns: [
    '^(?!.*/node_modules/@plone/(volto|volto-slate|registry|components)/).*/node_modules/',
  ],
  moduleNameMapper: {
    '^@plone/volto/package.json$': `${voltoPath}/package.json`,
    '^@plone/volto/babel$': `${voltoPath}/babel.js`,
    '^@plone/volto-original/(.*)$': `${voltoPath}/src/$1`,
    // the add-on's shadows, as Volto's webpack aliases would resolve them
    '^@plone/volto/components/theme/Header/Header$': `${addonPath}/src/customizations/volto/components/theme/Header/Header.jsx`,
    '^@plone/volto/components/theme/Footer/Footer$': `${addonPath}/src/customizations/volto/components/theme/Footer/Footer.jsx`,
    '^@plone/volto/helpers/Utils/Date$': `${addonPath}/src/customizations/volto/helpers/Utils/Date.js`,
    '^@plone/volto/(.*)$': `${voltoPath}/src/$1`,
    '^@plone/volto$': `${voltoPath}/src/index.js`,
    '^@plone/volto-slate/(.*)$': `${slatePath}/src/$1`,
    '^volto-mttq/(.*)$': `${addonPath}/src/$1`,
    '^volto-mttq$': `${addonPath}/src/index.js`,
    '^~/config$': `${voltoPath}/src/config`,
    '^load-volto-addons$': `${voltoPath}/jest-addons-loader.js`,
    '^@root/config$': `${voltoPath}/jest-addons-loader.js`,
    '^@voltoconfig$': `${voltoPath}/jest-addons-loader.js`,
    '^@package/(.*)$': `${voltoPath}/src/$1`,
    '^@root/(.*)$': `${voltoPath}/src/$1`,
    '\\.(css|less|scss|sass)$': 'identity-obj-proxy',
  },
  setupFiles: [
    `${voltoPath}/test-setup-globals.js`,
    `${voltoPath}/test-setup-config.jsx`,
  ],
  setupFilesAfterEnv: [`${voltoPath}/jest-setup-afterenv.js`],
  globalSetup: `${voltoPath}/global-test-setup.js`,
  globals: { __DEV__: true, __SERVER__: false },
};
