// A real WordPress 6.5.5, offline: WordPress from @wp-playground/wordpress-builds, its SQLite database from the
// integration plugin inside @wp-playground/cli, served by Debian's PHP (`php -S`). Both npm packages are installed
// once into a cache folder (node_modules/.cache), not into the project: they are large and only these tests use them.
import {execFileSync, spawn} from 'node:child_process';
import {cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:net';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {root} from '../e2e/harness.mjs';

const PACKAGES = ['@wp-playground/wordpress-builds@0.9.19', '@wp-playground/cli@3.1.54'];
const cache = join(root, 'node_modules/.cache/cohesion-wordpress');
const builds = join(cache, 'node_modules/@wp-playground/wordpress-builds');
const sqliteZip = join(cache, 'node_modules/@wp-playground/cli/sqlite-database-integration.zip');
export const pluginZip = join(root, 'dist/wordpress/cohesion-alliance.zip');

function installPackages() {
  if (existsSync(sqliteZip) && existsSync(join(builds, 'src/wordpress/wp-6.5.zip'))) return;
  mkdirSync(cache, {recursive: true});
  writeFileSync(join(cache, 'package.json'), '{"private": true}\n');
  execFileSync('npm', ['install', '--no-save', '--ignore-scripts', '--no-audit', '--no-fund', '--prefix', cache, ...PACKAGES], {stdio: 'pipe'});
}

const freePort = () =>
  new Promise((resolve_) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const {port} = server.address();
      server.close(() => resolve_(port));
    });
  });

const phpString = (s) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/**
 * Sets up WordPress in a new folder with the plugin's zip unpacked (not yet activated), an administrator and an
 * author (with an application password for the REST API), and serves it. Returns its address, the users, and
 * functions to run PHP inside it and to stop it.
 */
export async function startWordPress() {
  installPackages();
  if (!existsSync(pluginZip)) throw new Error(`${pluginZip} is missing: run npm run build:wordpress`);
  const dir = mkdtempSync(join(tmpdir(), 'cohesion-wordpress-'));
  const site = join(dir, 'site');
  mkdirSync(site);
  execFileSync('unzip', ['-q', join(builds, 'src/wordpress/wp-6.5.zip'), '-d', site]);
  // The build ships a database made for the Playground's own setup; this site installs its own.
  rmSync(join(site, 'wp-content/database/.ht.sqlite'), {force: true});
  // The zip leaves out the static files (scripts, styles) that the Playground serves from elsewhere.
  cpSync(join(builds, 'public/wp-6.5'), site, {recursive: true});

  const plugins = join(site, 'wp-content/plugins');
  execFileSync('unzip', ['-q', sqliteZip, '-d', plugins]);
  renameSync(join(plugins, 'plugin-sqlite-database-integration'), join(plugins, 'sqlite-database-integration'));
  writeFileSync(
    join(site, 'wp-content/db.php'),
    readFileSync(join(plugins, 'sqlite-database-integration/db.copy'), 'utf8')
      .replace(/\{SQLITE_IMPLEMENTATION_FOLDER_PATH\}/g, join(plugins, 'sqlite-database-integration'))
      .replace(/\{SQLITE_PLUGIN\}/g, 'sqlite-database-integration/load.php'),
  );
  execFileSync('unzip', ['-q', pluginZip, '-d', plugins]);
  // Offline, WordPress's update checks fail with a PHP warning on every admin page; the site does not make them.
  mkdirSync(join(site, 'wp-content/mu-plugins'));
  writeFileSync(
    join(site, 'wp-content/mu-plugins/offline.php'),
    `<?php
add_action( 'admin_init', function () {
	remove_action( 'admin_init', '_maybe_update_core' );
	remove_action( 'admin_init', '_maybe_update_plugins' );
	remove_action( 'admin_init', '_maybe_update_themes' );
	foreach ( array( 'load-plugins.php', 'load-update.php', 'load-update-core.php' ) as $hook ) {
		remove_action( $hook, 'wp_update_plugins' );
	}
	foreach ( array( 'load-themes.php', 'load-update.php', 'load-update-core.php' ) as $hook ) {
		remove_action( $hook, 'wp_update_themes' );
	}
}, 0 );
`,
  );

  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const debugLog = join(dir, 'debug.log');
  const config = readFileSync(join(site, 'wp-config.php'), 'utf8').replace(
    "define( 'WP_DEBUG', false );",
    [
      "define( 'WP_DEBUG', true );",
      `define( 'WP_DEBUG_LOG', ${phpString(debugLog)} );`,
      "define( 'WP_DEBUG_DISPLAY', true );",
      `define( 'WP_HOME', '${origin}' );`,
      `define( 'WP_SITEURL', '${origin}' );`,
      // Offline: no update checks, no cron requests to itself, nothing from wordpress.org.
      "define( 'WP_HTTP_BLOCK_EXTERNAL', true );",
      "define( 'AUTOMATIC_UPDATER_DISABLED', true );",
      "define( 'DISABLE_WP_CRON', true );",
      // Application passwords need https, or a local environment.
      "define( 'WP_ENVIRONMENT_TYPE', 'local' );",
    ].join('\n'),
  );
  writeFileSync(join(site, 'wp-config.php'), config);

  const php = (code) => {
    const file = join(dir, `run-${Math.random().toString(36).slice(2)}.php`);
    writeFileSync(file, `<?php\n$_SERVER['HTTP_HOST'] = '127.0.0.1:${port}';\nrequire ${phpString(join(site, 'wp-load.php'))};\n${code}\n`);
    try {
      return execFileSync('php', [file], {cwd: site, encoding: 'utf8'});
    } finally {
      rmSync(file);
    }
  };

  const server = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', site], {
    cwd: site,
    env: {...process.env, PHP_CLI_SERVER_WORKERS: '4'},
    stdio: ['ignore', 'ignore', 'pipe'],
    // Its own process group: the workers go with it when it stops.
    detached: true,
  });
  let serverLog = '';
  server.stderr.on('data', (chunk) => (serverLog += chunk));
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${origin}/wp-admin/install.php`)).ok) break;
    } catch {
      if (i > 100) throw new Error(`WordPress did not start: ${serverLog}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }

  // WordPress's own installer, as a site's first visitor runs it; it gives the administrator a random password, which
  // is then set to a known one, and the email check it would ask for at the first login is postponed.
  const install = await fetch(`${origin}/wp-admin/install.php?step=2`, {
    method: 'POST',
    body: new URLSearchParams({weblog_title: 'Example Region', user_name: 'admin', admin_email: 'admin@example.org', blog_public: '0', language: ''}),
  });
  if (!(await install.text()).includes('wp-login.php')) throw new Error('WordPress did not install');
  const users = JSON.parse(
    php(`wp_set_password( 'admin-password', 1 );
update_option( 'admin_email_lifespan', time() + YEAR_IN_SECONDS );
$author = wp_insert_user( array( 'user_login' => 'author', 'user_pass' => 'author-password', 'user_email' => 'author@example.org', 'role' => 'author' ) );
list( $password ) = WP_Application_Passwords::create_new_application_password( $author, array( 'name' => 'tests' ) );
echo wp_json_encode( array( 'admin' => array( 'login' => 'admin', 'password' => 'admin-password' ), 'author' => array( 'login' => 'author', 'password' => 'author-password', 'application' => $password ) ) );`),
  );

  /** Calls the REST API as `user` (with its application password). */
  const rest = async (user, route, {method = 'GET', body} = {}) => {
    const response = await fetch(`${origin}/?rest_route=${encodeURIComponent(route)}`, {
      method,
      headers: {
        Authorization: `Basic ${Buffer.from(`${user.login}:${user.application}`).toString('base64')}`,
        'Content-Type': 'application/json',
      },
      body: body && JSON.stringify(body),
    });
    const json = await response.json();
    if (!response.ok) throw new Error(`${method} ${route}: ${response.status} ${JSON.stringify(json)}`);
    return json;
  };

  return {
    origin,
    site,
    users,
    php,
    rest,
    /** PHP's notices, warnings and deprecations so far (WP_DEBUG_LOG). */
    debugLog: () => (existsSync(debugLog) ? readFileSync(debugLog, 'utf8') : ''),
    stop: async () => {
      const exited = new Promise((r) => server.once('exit', r));
      process.kill(-server.pid, 'SIGTERM');
      await exited;
      rmSync(dir, {recursive: true, force: true});
    },
  };
}
