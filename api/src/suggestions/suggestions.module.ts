import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { PublicSuggestionsController } from './public-suggestions.controller';
import { SuggestionsController } from './suggestions.controller';
import { SuggestionsService } from './suggestions.service';

/** DB1405 8.2.3: suggestions from the public, tracked to an answer. */
@Module({ imports: [CasesModule], controllers: [PublicSuggestionsController, SuggestionsController], providers: [SuggestionsService] })
export class SuggestionsModule {}
