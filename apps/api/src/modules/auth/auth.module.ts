import { Module } from '@nestjs/common';
import { PassportModule } from '@nestjs/passport';
import { LoginThrottleService } from '../../core/auth/login-throttle.service';
import { UsersModule } from '../users/users.module';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { LocalStrategy } from './local.strategy';

@Module({
  imports: [PassportModule, UsersModule],
  controllers: [AuthController],
  providers: [AuthService, LocalStrategy, LoginThrottleService],
})
export class AuthModule {}
