import { Controller, Get, Render } from '@nestjs/common';
import { PageRequest } from '../common/views/page-request.js';
import { homeView } from './home.views.js';
import { HomeService } from './home.service.js';

/** The home page after sign-in: the first-run checklist while the body is set up, then the round's dashboard. */
@Controller()
export class HomePagesController {
  constructor(private readonly home: HomeService) {}

  @Get()
  @Render('pages/home')
  async page(@PageRequest() page: PageRequest) {
    return homeView(await this.home.home(page.user), page.user, page.lang);
  }
}
