import { existsSync } from 'node:fs';
import path from 'node:path';
import type { INestApplication, LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import express, { type NextFunction, type Request, type Response } from 'express';
import session, { type Store } from 'express-session';
import helmet from 'helmet';
import passport from 'passport';
import { BACKGROUND_REQUEST_HEADER } from '@ankomst/contracts';
import { AppModule } from './app.module';
import { csrfMiddleware } from './core/auth/csrf';
import { PrismaSessionStore } from './core/auth/prisma-session-store';
import { cookieSecure, SESSION_COOKIE } from './core/auth/session-cookie';
import type { Env } from './core/config/env';
import { PrismaService } from './core/database/prisma.service';
import { requestIdMiddleware } from './core/http/request-context';
import { JsonLogger } from './core/logging/json-logger';
import './core/auth/session-types';

export const API_PREFIX = 'api/v1';

/** Creates the Nest application with everything main.ts and the tests share: one place, one behaviour. */
export async function createApp(
  env: Env,
  logger: LoggerService = new JsonLogger(env.LOG_LEVEL),
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(env), { logger, bodyParser: false });
  configureApp(app, env, logger);
  await app.init();
  return app;
}

function configureApp(app: NestExpressApplication, env: Env, logger: LoggerService): void {
  app.set('trust proxy', env.TRUST_PROXY ? 1 : false);
  app.disable('x-powered-by');
  app.setGlobalPrefix(API_PREFIX);
  app.enableShutdownHooks();

  app.use(requestIdMiddleware);
  app.use(accessLog(logger));
  app.use('/api/docs', helmet({ contentSecurityPolicy: false }));
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          frameAncestors: ["'none'"],
          formAction: ["'self'"],
        },
      },
      strictTransportSecurity: cookieSecure(env),
    }),
  );
  app.use('/api', express.json({ limit: '1mb' }));
  const sessions = new PrismaSessionStore(app.get(PrismaService), env.SESSION_IDLE_MINUTES * 60_000);
  const sessionWith = (store: Store) =>
    session({
      name: SESSION_COOKIE,
      secret: env.SESSION_SECRET,
      store,
      resave: false,
      saveUninitialized: false,
      cookie: { httpOnly: true, sameSite: 'lax', secure: cookieSecure(env), path: '/' },
    });
  const activeSession = sessionWith(sessions);
  // Background requests (the client's polls) are not activity: the idle timeout must still end an idle session.
  const backgroundSession = sessionWith(sessions.withoutActivity());
  app.use('/api', (req: Request, res: Response, next: NextFunction) =>
    (req.get(BACKGROUND_REQUEST_HEADER) === '1' ? backgroundSession : activeSession)(req, res, next),
  );
  app.use('/api', csrfMiddleware(env.SESSION_SECRET));
  app.use(passport.initialize());

  const document = SwaggerModule.createDocument(
    app as INestApplication,
    new DocumentBuilder()
      .setTitle('Ankomst API')
      .setDescription(
        'Case management for refugee work in Norwegian municipalities. Cookie session; send x-csrf-token on writes.',
      )
      .setVersion('1')
      .build(),
  );
  SwaggerModule.setup('api/docs', app as INestApplication, document, {
    useGlobalPrefix: false,
    jsonDocumentUrl: 'api/docs/openapi.json',
  });

  serveWebClient(app, env.WEB_DIST_DIR);
}

/** The built web client is served from the same port; unknown non-API paths get index.html (client routing). */
function serveWebClient(app: NestExpressApplication, dir: string): void {
  const index = path.join(dir, 'index.html');
  if (!existsSync(index)) return;
  app.use(express.static(dir, { index: false, maxAge: '1h' }));
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || req.path.startsWith('/api')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}

/** One line per request: method, path without query string (it may hold a searched name), status, duration. */
function accessLog(logger: LoggerService) {
  const json = logger instanceof JsonLogger ? logger : null;
  return (req: Request, res: Response, next: NextFunction) => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      if (!json) return;
      json.write('info', 'request', {
        method: req.method,
        path: req.originalUrl.split('?')[0],
        status: res.statusCode,
        durationMs: Number(process.hrtime.bigint() - started) / 1e6,
        userId: req.session?.auth?.userId,
      });
    });
    next();
  };
}
