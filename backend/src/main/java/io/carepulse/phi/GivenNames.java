package io.carepulse.phi;

import java.util.Set;

/**
 * Given names from many languages, lower case and accent-free: in text typed without capitals,
 * a known given name is what tells "maria lopez" from two ordinary words. Left out on purpose:
 * names that are also everyday words in lower case (will, mark, grace, hope, may, june, rose,
 * jack, bill, frank, ray, pat, sue, dawn, amber, ruby, faith, joy, robin, angel, christian) and
 * places (georgia, virginia, austin, jordan, orlando), which would make "my appointment in may"
 * or "the virginia clinic" look like names. Capitalised, those still count as names.
 */
final class GivenNames {

    private static final Set<String> NAMES = NameWords.words("""
            aaliyah aarav aaron abby abdul abdullah abena abigail achieng adaeze adam adebayo adeline adeola
            aditya adriana agnes agnieszka agustin ahmad ahmed aidan aiko ailsa aisha aishwarya akua alain alan
            albert alberto alec alejandra alejandro aleksandar alessandra alessandro alex alexander alexandru
            alexei alexis alfonso alfred alfredo alice allen allison alma alonso alvaro alvin alyssa amal amanda
            amara amelia amelie amina amir amit amy ana ananya anastasia anders andre andrea andreea andrei
            andres andrew andy angela angelica angelo angie angus anh anil anita anjali ann anna anne annie
            annika anthony antoine antonio anya aoife araceli archie aria ariana arjun armando artem arthur
            arturo arun asha ashley ashok astrid audrey aurora ava ayana aziz babajide baraka barbara barry
            beatrice beatriz becky bella ben benito benjamin bennett bernadette bernard beth bethany betty
            beverly bianca bilal billy birgit bjorn blake blanca bobby bogdan bohdan bongani bonnie boris brad
            bradley brandon brenda brent brett brian brianna bridget brigitte brittany bronwen bruce bryan bryce
            byron caitlin caleb callum calvin cameron camila camille camilo caoimhe carl carla carlos carmen
            carol caroline carolyn casey cassandra catalina catherine cathy cecil cecilia cedric celine cerys
            cesar chad charles charlie charlotte chelsea cheryl chester chiara chidi chinedu chioma chloe chris
            christina christine christopher christy chukwuemeka cian ciaran cindy claire clara clarence claudia
            clayton clifford clyde colette colin colleen connie connor conor consuelo cora corey cory courtney
            craig cristian cristina cristobal curtis cynthia dafydd dalia damian damon dan dana daniel daniela
            danielle danny dante darius darlene darnell darren darryl darya dave david debbie deborah debra
            declan deepa deepak delia delilah denis denise dennis derek deshawn desiree devin dexter diana diane
            diego dieter dimitris divya dmitri dmitry dolores domingo dominic donald donna donovan doris dorothy
            douglas duc dulce dustin dwayne dwight dylan eddie edith edna eduardo edward edwin efrain efua
            eileen ekaterina elaine eleanor elena elias elijah elisa elise elizabeth ella ellen ellie elliot
            elliott elmer elsa elvira emeka emilia emilio emily emma emmanuel enrique enzo eoin eric erica erik
            erika erin ernest ernesto esperanza esteban esther eszter ethan ethel etienne eugene eunice eva evan
            evelyn ezra fabian fadi faisal farah farid fatima federica felicia felipe felix ferenc fergus
            fernanda fernando fidel fiona florin floyd folake frances francesca francesco francis francisco
            francois francoise franklin fred freddie frederick freya fyodor gabriel gabriela gabriella gail
            galina gareth garrett gary gaurav gavin geeta gemma genevieve george gerald geraldine gerardo gianna
            gideon gilbert gilberto gina giovanna giovanni gisela giulia giuseppe gladys glenn gloria gonzalo
            gordon graciela graham grainne greg gregory greta griffin guadalupe guillermo gustavo gwendolyn
            gyorgy hadi hailey haley hamid hamish hamza hana hani hannah hans hao harish harold harriet harrison
            harry haruka haruto harvey hassan hector heidi helen helene helga henrik henry herbert herman hernan
            hilda hiro hiroshi hoa homer horace horacio howard huda hugh hugo huong hussein hyun ian
            ibrahim ida ifeanyi ignacio igor imani imran ines ingrid ioana irene irina irma isaac isabel
            isabella isabelle isaiah isla ismael istvan itzel ivan ivana jackie jacob jacqueline jacques jada
            jae jaime jake jamal james jamie jamil jana jane janelle janet janice janie janos jared jarrod
            jasmine jason jasper javier jayden jeanette jeanne jeff jeffery jeffrey jen jenna jennifer jenny
            jeremiah jeremy jermaine jerome jerry jesse jessica jesus jian jill jim jimena jimmy jin joan joann
            joanne joaquin jocelyn jodi joe joel joey john johnny jolene jon jonah jonathan jorge josefina
            joseph josephine josh joshua josie joyce juan juana juanita judith judy julia julian juliana julie
            julien juliette julio julius juma jurgen justin justine kai kara karan kareem karen karim karin
            karina karl karla katalin katarina katarzyna kate katelyn katherine kathleen kathryn kathy katie
            katrina kavita kavya kayla kaylee kayode keegan keiko keisha keith kelechi kelly kendra kendrick
            kenji kenneth kenny kenta kerry kevin khaled khalid kiara kimberly kiran kirill kirsten kirsty klaus
            kofi kojo kostas krista kristen kristin kristina kristy krzysztof kurt kwabena kwaku kwame kwesi
            kyle lacey lakshmi lamar lamont landon larry lars laszlo lata latasha latoya laura lauren laurie
            lawrence layla leah leandro leila lena leo leon leona leonard leonardo leroy leslie leticia levi
            lewis liam lila liliana lillian lina linda lindiwe lindsay lindsey linh linnea lionel lisa liz liza
            lloyd logan lois lola lonnie lorena lorenzo loretta lori lorna lorraine louis louise lourdes lowell
            luca lucas lucia lucille lucinda lucy ludmila luis luisa lukas luke lupe luther lydia lynda lynn
            lynne mabel mackenzie madeleine madeline madhu maeve magdalena maggie magnus maha mahmoud mairead
            malcolm malgorzata malik mallory mandy manoj manon mansour manuel marcel marcela marcia marco marcos
            marcus marcy marek margaret margarita margaux margie margot maria mariam maribel maricela marie
            marilyn marina mario marisa marisol marissa marjorie marla marlene marta martha martin martina
            marvin mary maryam mateo mathew mathieu matt matteo matthew matthias maureen maurice mauricio maxim
            maxine maya meera meg megan mei melanie melinda melissa melvin mercedes meredith mhairi mia micaela
            micah michael michaela michel michelle mickey miguel mihai mikael mike mikhail milagros mildred
            milena milton mindy ming minh miranda miriam mitchell mohamed mohammad mohammed mohan moises mollie
            molly mona monica morag morris moses muhammad muriel musa mustafa myra nabil nadezhda nadia nadine
            nancy nandini naomi nasser natalia natalie natasha nathalie nathan nathaniel naveen nayeli neal neha
            neil nellie nelson nestor ngozi nia niall niamh nicholas nichole nick nico nicolas nicole nikhil
            nikolai nikos nils nina nisha nitin njeri nnamdi noah noel noelle noemi nolan nomsa nomvula noor
            nora norma norman obinna octavio oisin oksana oleg olga oliver olivia olivier olumide oluwaseun omar
            orla oscar otis otto owen pablo padma padraig paige paloma pamela pankaj paola paolo patricia
            patricio patrick patsy patti paul paula pauline pavel pawel pedro peggy penelope perla perry pete
            peter phil philip philippe phillip phuong phyllis pierre pilar piotr polly pooja pradeep prakash
            preston priscilla priya priyanka quang quentin quincy rachael rachel radha radu rafael rahul raj
            rajesh rajiv rakesh ralph ramesh rami ramiro ramon ramona randall randolph randy rani rania raquel
            rashid raul ravi raymond rebecca rebekah reem reggie regina reginald reina reinaldo rekha rene renee
            reyna rhiannon rhonda rhys ricardo richard rick ricky rima rina rita ritu robert roberta roberto
            rocio rodrigo roger rohit roisin roland ron ronald ronnie rory rosa rosalba rosalie rosalind
            rosario ross roxanne roy ruben rudolph rudy ruslan russ russell ruth ryan ryo sabrina sachin sadie
            sakura sally salma salvador salvatore sam samantha sami samir samira samuel sana sandeep sandra
            sanjay sanjeev santiago saoirse sapna sara sarah saul savannah scarlett scott scotty seamus sean
            sebastian segun selena serena sergei sergio seth shane shankar shannon shanti sharon shawn shawna
            sheila sherry sheryl shilpa shirley shona shreya siddharth sidney sigrid silvia simon sinead siobhan
            sipho smita sofia soledad solomon sonali sonia sonja sonya sophia sophie soren spencer srinivas
            stacey stacy stanislav stanley stefan stefano stella stephanie stephen steve steven stuart sudhir
            sunil sunita suresh susan susana susanne suzanne sven svetlana swati sylvia sylvie tabitha takeshi
            tamara tamas tamika tammy tanisha tanya tara tarek tariq tatiana teddy teodoro teresa terrance
            terrence terri terry tessa thabo thaddeus thandiwe thanh thelma themba theodore theresa thomas tiana
            tiffany tim timothy tina tobias todd tolu tom tomas tomasz tommy tony tonya traci tracy trang travis
            tremaine trent trevor tricia trisha tristan troy trudy tuan tunde tyler tyrone uche ulrike ulysses
            ursula usha vadim valentin valentina valeria valerie vance vandana vanessa vaughn vera vernon
            veronica vicki vicky victoria vijay vikram vincent vincenzo vitaly vivek vivian vladimir walid
            wallace walter wambui wanda wanjiru warren wayne wei wendell wendy wesley whitney wilbur wilfred
            willa william willie wilma winston wolfgang wyatt xavier ximena xiomara yadira yannis yaroslav
            yasmin yasmine yasser yaw yelena yesenia yogesh yolanda youssef yuki yulia yumi yuri yusuf yves
            yvette yvonne zach zachary zack zahra zaid zainab zane zanele zara zeina ziad zodwa zoe zoey zofia
            zoltan zoya zsofia zulema
            """);

    private GivenNames() {
    }

    static boolean contains(String key) {
        return NAMES.contains(key);
    }
}
