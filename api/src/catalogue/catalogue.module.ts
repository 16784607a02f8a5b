import { Module } from '@nestjs/common';
import { CatalogueItemsController } from './catalogue-items.controller';
import { CatalogueProposalsController } from './catalogue-proposals.controller';
import { CatalogueService } from './catalogue.service';
import { CataloguePublisher } from './publication.service';
import { ProposalsService } from './proposals.service';

/** DB1405 7.1 service catalogue with versioned, four-eyes adjustments (4.4 openness, 4.6 legal basis). */
@Module({
  controllers: [CatalogueItemsController, CatalogueProposalsController],
  providers: [CatalogueService, ProposalsService, CataloguePublisher],
  // ProposalsService.proposeFromEvidence is the way in for demand statistics (DB1405 7.1.2).
  exports: [CatalogueService, ProposalsService, CataloguePublisher],
})
export class CatalogueModule {}
