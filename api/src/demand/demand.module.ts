import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { RegionsModule } from '../regions/regions.module';
import { CatalogueState } from './catalogue-state';
import { DemandProposalsService } from './demand-proposals.service';
import { DemandController } from './demand.controller';
import { DemandService } from './demand.service';

/** DB1405 7.1.2-7.1.3: demand statistics (ClickHouse) feeding catalogue proposals (ProposalsService). */
@Module({
  // CasesModule for the Clock (tests pin "today"); CatalogueModule for ProposalsService.proposeFromEvidence.
  imports: [RegionsModule, CatalogueModule, CasesModule],
  controllers: [DemandController],
  providers: [DemandService, DemandProposalsService, CatalogueState],
})
export class DemandModule {}
